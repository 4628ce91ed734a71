using System.CommandLine;
using Edge.Agent.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Cli;

/// <summary><c>edge-agent models pull|list|verify</c>: model bundles for offline boards.</summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var command = new Command("models", "Pull (staging machine), list and verify Whisper and language models");
        command.Subcommands.Add(Pull());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Verify());
        return command;
    }

    private static Option<string?> Catalog() => new("--catalog") { Description = "Model catalog file (default: the built-in catalog)", HelpName = "FILE" };

    private static Option<string?> Dir(string name, string description) => new(name) { Description = description, HelpName = "DIR" };

    private static Command Pull()
    {
        var names = new Argument<string[]>("NAME") { Description = "Catalog names, e.g. base-q5_1 (see models list)", Arity = ArgumentArity.OneOrMore };
        var to = Dir("--to", "Folder to fill (default: the configured models folder); copy it to the board afterwards");
        var catalog = Catalog();
        var command = new Command("pull", "Download models with checksum checks (the only command that uses the network)") { names, to, catalog };
        command.SetAction((result, cancellationToken) => Run(result, async folderOf =>
        {
            var known = LoadCatalog(result.GetValue(catalog));
            var models = result.GetValue(names)!.Select(n => known.Find(n) ?? throw new ArgumentException($"unknown model '{n}' (see: edge-agent models list)")).ToList();
            var folder = folderOf(result.GetValue(to));
            using var http = ModelHttp.CreateClient();
            var downloader = new ModelDownloader(http, new ModelDownloadOptions { Report = Console.Error.WriteLine });
            var puller = new ModelPuller(downloader, TimeProvider.System, Console.WriteLine);
            foreach (var model in models)
                await puller.PullAsync(model, folder, cancellationToken);
            Console.WriteLine($"{models.Count} model(s) in {folder} ({ModelPaths.ManifestName} updated); copy the folder to the board's models folder and run: edge-agent models verify");
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var dir = Dir("--dir", "Models folder to look at (default: the configured one)");
        var catalog = Catalog();
        var json = CommonOptions.Json();
        var command = new Command("list", "Show catalog models and what the models folder holds") { dir, catalog, json };
        command.SetAction((result, cancellationToken) => Run(result, folderOf =>
        {
            var folder = folderOf(result.GetValue(dir));
            var listing = ModelListing.Build(LoadCatalog(result.GetValue(catalog)), ModelManifest.Load(folder), folder);
            ModelsOutput.PrintList(folder, listing, result.GetValue(json));
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Verify()
    {
        var dir = Dir("--dir", "Models folder to verify (default: the configured one), e.g. a USB stick before copying");
        var json = CommonOptions.Json();
        var command = new Command("verify", "Check every model in models.json: present, sha256, loadable (offline)") { dir, json };
        command.SetAction((result, cancellationToken) => Run(result, async folderOf =>
        {
            var folder = folderOf(result.GetValue(dir));
            var manifest = ModelManifest.Load(folder)
                ?? throw new FileNotFoundException($"no {ModelPaths.ManifestName} in {folder}: pull models on a staging machine and copy the folder here");
            var checks = await ModelVerifier.VerifyAsync(folder, manifest, cancellationToken);
            ModelsOutput.PrintChecks(folder, checks, result.GetValue(json));
            if (checks.All(c => c.Ok))
                return 0;
            await Console.Error.WriteLineAsync($"error: {checks.Count(c => !c.Ok)} of {checks.Count} model(s) failed verification in {folder}");
            return CliErrors.Failure;
        }));
        return command;
    }

    private static ModelCatalog LoadCatalog(string? path) => path is null ? ModelCatalog.Embedded() : ModelCatalog.Load(path);

    /// <summary>Runs a body with a resolver from an optional folder option to the folder to use.</summary>
    private static Task<int> Run(ParseResult result, Func<Func<string?, string>, Task<int>> body)
    {
        var settings = CommonOptions.Read(result);
        return CliErrors.Guard(settings.Verbose, () =>
        {
            using var host = CliServices.Build(settings);
            var configured = ModelsFolder.Resolve(host.Services.GetRequiredService<IConfiguration>());
            return body(option => option is null ? configured : Path.GetFullPath(option));
        });
    }
}
