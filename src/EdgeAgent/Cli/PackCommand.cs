using System.CommandLine;
using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Packs;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Cli;

/// <summary><c>edge-agent pack build|install|list</c>: knowledge packs built once centrally, installed on boards.</summary>
internal static class PackCommand
{
    public static Command Create()
    {
        var command = new Command("pack", "Build a knowledge pack centrally, install it on boards");
        command.Subcommands.Add(Keygen());
        command.Subcommands.Add(Build());
        command.Subcommands.Add(Install());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Build()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (recursive) of one collection", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Pack file to write, e.g. press7-2024.06.tar.gz", HelpName = "FILE", Required = true };
        var collection = CommonOptions.Collection();
        var version = new Option<string?>("--version") { Description = "Pack version (default: UTC time yyyyMMdd.HHmmss)", HelpName = "V" };
        var sign = new Option<string?>("--sign") { Description = "Private key file made by pack keygen; boards refuse unsigned packs", HelpName = "KEY" };
        var json = CommonOptions.Json();
        var command = new Command("build", "Ingest documents into a versioned, checksummed, signed pack (no knowledge base is changed)") { paths, output, collection, version, sign, json };
        command.SetAction((result, cancellationToken) => Run(result, packs =>
        {
            var quiet = result.GetValue(json);
            IProgress<IngestProgress>? progress = quiet ? null : new SynchronousProgress<IngestProgress>(p =>
                Console.Error.WriteLine($"[{p.Done}/{p.Total}] {p.Current.Outcome.ToString().ToLowerInvariant()} {p.Current.Document}{(p.Current.Reason is null ? "" : ": " + p.Current.Reason)}"));
            var file = result.GetValue(output)!;
            var pack = packs.Build(result.GetValue(paths)!, file, result.GetValue(collection), result.GetValue(version), result.GetValue(sign), progress, cancellationToken);
            if (quiet)
                CliJson.Print(new { file = Path.GetFullPath(file), pack });
            else
                Console.WriteLine($"pack {pack.Collection} {pack.Version}: {pack.Documents} documents, {pack.Chunks} chunks, embedding {pack.EmbeddingModel} -> {Path.GetFullPath(file)} (content sha256 {pack.Sha256}, " +
                    (pack.SignedBy is { } key ? $"signed by key {key})" : "unsigned: boards refuse it unless Knowledge:Packs:AllowUnsigned is set)"));
            return 0;
        }));
        return command;
    }

    private static Command Keygen()
    {
        var file = new Argument<string>("FILE") { Description = "Private key file to create (the public key is written beside it as FILE.pub)" };
        var json = CommonOptions.Json();
        var command = new Command("keygen", "Create the plant's pack signing key (ECDSA P-256)") { file, json };
        command.SetAction((result, _) => CliErrors.Guard(CommonOptions.Read(result).Verbose, () =>
        {
            var (publicKey, keyId, publicFile) = PackSigningKeys.Generate(result.GetValue(file)!);
            if (result.GetValue(json))
                CliJson.Print(new { privateKeyFile = Path.GetFullPath(result.GetValue(file)!), publicKeyFile = publicFile, publicKey, keyId });
            else
            {
                Console.WriteLine($"private key: {Path.GetFullPath(result.GetValue(file)!)} (keep it on the machine that builds packs)");
                Console.WriteLine($"public key:  {publicFile} (id {keyId}); trust it on every board with Knowledge:Packs:TrustedKeys:");
                Console.WriteLine(publicKey);
            }
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Install()
    {
        var file = new Argument<string>("FILE") { Description = "Pack file made by pack build" };
        var json = CommonOptions.Json();
        var command = new Command("install", "Verify a pack and replace its collection in one step (the old content stays on any error)") { file, json };
        command.SetAction((result, cancellationToken) => Run(result, packs =>
        {
            var installed = packs.Install(result.GetValue(file)!, cancellationToken);
            if (result.GetValue(json))
                CliJson.Print(installed);
            else if (installed.Unchanged)
                Console.WriteLine($"pack {installed.Pack.Collection} {installed.Pack.Version} is already installed; nothing changed");
            else
                Console.WriteLine($"installed pack {installed.Pack.Collection} {installed.Pack.Version}: {installed.Pack.Documents} documents, {installed.Pack.Chunks} chunks, " +
                    (installed.Pack.SignedBy is { } key ? $"signed by key {key}" : "unsigned") +
                    (installed.PreviousVersion is { } previous ? $" (replaced {previous})" : ""));
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "Show the installed packs") { json };
        command.SetAction((result, cancellationToken) => Run(result, packs =>
        {
            var installed = packs.ListInstalled();
            if (result.GetValue(json))
                CliJson.Print(installed);
            else if (installed.Count == 0)
                Console.WriteLine("no packs installed");
            else
                foreach (var pack in installed)
                    Console.WriteLine($"{pack.Collection} {pack.Version} (installed {pack.InstalledAtUtc:yyyy-MM-dd HH:mm} UTC, sha256 {pack.Sha256[..Math.Min(12, pack.Sha256.Length)]}, {(pack.SignedBy is { } key ? "signed by key " + key : "unsigned")})");
            return 0;
        }));
        return command;
    }

    private static Task<int> Run(ParseResult result, Func<IKnowledgePacks, int> body)
    {
        var settings = CommonOptions.Read(result);
        return CliErrors.Guard(settings.Verbose, () =>
        {
            using var host = CliServices.Build(settings);
            return Task.FromResult(body(host.Services.GetRequiredService<IKnowledgePacks>()));
        });
    }
}
