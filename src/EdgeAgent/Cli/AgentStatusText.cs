using System.Globalization;
using Edge.Agent.Status;

namespace Edge.Agent.Cli;

/// <summary>The agent's part of <c>edge-agent status</c> on a terminal: one line per fact, models with their reasons.</summary>
internal static class AgentStatusText
{
    /// <summary>Prints device, broker, models, outbox and the last error.</summary>
    public static void Print(AgentStatusReport report)
    {
        Console.WriteLine($"device: {report.DeviceId} (topics under {report.BaseTopic})");
        Console.WriteLine($"broker: {Broker(report.Broker)}");
        foreach (var name in report.Models.Present.Concat(report.Models.Missing))
        {
            var detail = report.Models.Details?.GetValueOrDefault(name);
            var state = detail?.State ?? (report.Models.Present.Contains(name) ? "present" : "missing");
            Console.WriteLine($"model {name}: {state}{(detail?.Reason is { } reason ? " — " + reason : "")}");
        }
        Console.WriteLine($"outbox: {report.Outbox.Depth} events waiting (at most {report.Outbox.MaxEvents})");
        if (report.LastError is { } error)
            Console.WriteLine($"last error: {error.Ts.ToString("u", CultureInfo.InvariantCulture)} {error.Stage} {error.Code}: {error.Message}");
    }

    private static string Broker(BrokerReport broker)
    {
        var security = (broker.Tls ? ", TLS" : "") + (broker.Authenticated ? ", with user name" : "");
        var reach = broker.Reachable switch
        {
            true => "reachable",
            false => $"not reachable ({broker.ProbeError})",
            null => "not probed",
        };
        return $"{broker.Mode} {broker.Host}:{broker.Port}{security}, {reach}";
    }
}
