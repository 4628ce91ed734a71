using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Edge.Agent.Cli;
using Edge.Agent.Web.Auth;

namespace Edge.Agent.Web;

/// <summary>
/// <c>edge-agent web set-password [--config FILE]</c>: asks for the panel's admin password (twice on a
/// terminal, one line from a pipe) and stores its hash as <c>Web:AdminPasswordHash</c> in the
/// configuration file, or prints it when no file is given. The service reads it when it starts.
/// </summary>
internal static class WebCommand
{
    public static Command Create()
    {
        var setPassword = new Command("set-password", "Set the web panel's admin password (Web:AdminPasswordHash in the --config file)");
        setPassword.SetAction((result, cancellationToken) =>
        {
            var settings = CommonOptions.Read(result);
            return CliErrors.Guard(settings.Verbose, () =>
            {
                var password = ReadPassword();
                if (password.Length < AdminPassword.MinLength)
                    throw new ArgumentException($"the password must have at least {AdminPassword.MinLength} characters");
                var hash = AdminPassword.Hash(password);
                if (settings.ConfigFile is { } file)
                {
                    WriteHash(file, hash);
                    Console.WriteLine($"admin password set in {file} (Web:AdminPasswordHash); restart the service to use it");
                }
                else
                {
                    Console.WriteLine("Put this into the configuration (\"Web\": {\"AdminPasswordHash\": …}) or give --config FILE to have it written:");
                    Console.WriteLine(hash);
                }
                return Task.FromResult(0);
            });
        });
        return new Command("web", "The web panel") { setPassword };
    }

    private static string ReadPassword()
    {
        if (Console.IsInputRedirected)
            return Console.In.ReadLine()?.TrimEnd('\r') ?? "";
        var first = Prompt("New admin password: ");
        var second = Prompt("Repeat it: ");
        return first == second ? first : throw new ArgumentException("the two passwords differ");
    }

    private static string Prompt(string text)
    {
        Console.Error.Write(text);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                    password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return password.ToString();
    }

    /// <summary>Sets <c>Web:AdminPasswordHash</c> in a JSON configuration file, keeping every other key (comments are not kept).</summary>
    internal static void WriteHash(string file, string hash)
    {
        JsonObject root;
        if (File.Exists(file))
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            root = JsonNode.Parse(File.ReadAllText(file), documentOptions: options) as JsonObject
                ?? throw new ArgumentException($"{file} is not a JSON object");
        }
        else
        {
            root = [];
        }
        if (root[WebOptions.Section] is not JsonObject web)
            root[WebOptions.Section] = web = [];
        web[nameof(WebOptions.AdminPasswordHash)] = hash;
        // Rewritten in place, so the file keeps its owner and mode (the service's group may read it).
        File.WriteAllText(file, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
