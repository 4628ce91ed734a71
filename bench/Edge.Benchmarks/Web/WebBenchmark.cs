using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using MQTTnet;

namespace Edge.Benchmarks.Web;

/// <summary>
/// The web panel: Live page ready in a cold browser, an answer's delay from <c>events/answer</c> on MQTT
/// to the live feed (the SSE stream and the page's DOM), and the memory the web server adds to the
/// running agent (VmRSS with the panel on and off, after the same questions).
/// </summary>
internal static class WebBenchmark
{
    private const int Questions = 20;
    private const int ColdBrowserRuns = 5;
    private static readonly string[] Asked =
    [
        "Spindle alarm 2041, what do I check first?", "How do I reference the axes?", "Which oil goes into the spindle lubrication tank?",
        "What's the torque for the tool holder pull stud?", "How do I load tools into the magazine?",
    ];

    public static async Task RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("edge-bench-web-").FullName;
        try
        {
            await ChildProcess.TimeAgentAsync("ingest", Path.Combine(Repo.SampleManuals, "vmc-850-cnc-machining-centre.pdf"), "--data-dir", data);
            double withoutWeb, withWeb;
            await using (var agent = await RunningAgent.StartAsync(data, web: false))
            {
                await AskOverMqttAsync(agent, Questions, null, null);
                withoutWeb = agent.ResidentMiB();
            }
            double idleWeb;
            await using (var agent = await RunningAgent.StartAsync(data, web: true))
            {
                await AskOverMqttAsync(agent, Questions, null, null);
                idleWeb = agent.ResidentMiB();
            }
            await using (var agent = await RunningAgent.StartAsync(data, web: true))
            {
                using var playwright = await Playwright.CreateAsync();
                await PageReadyAsync(playwright, agent);
                withWeb = await FeedLatencyAsync(playwright, agent);
            }
            Report.Row("web", $"agent RSS after {Questions} questions over MQTT: panel off / on, nobody watching / on, page open and {Questions} more over the feed",
                $"{withoutWeb:F0} / {idleWeb:F0} / {withWeb:F0} MiB", "≤ 30 MB added", $"added {idleWeb - withoutWeb:F0} / {withWeb - withoutWeb:F0} MiB");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task PageReadyAsync(IPlaywright playwright, RunningAgent agent)
    {
        var launches = new List<double>();
        var ready = new List<double>();
        for (var run = 0; run < ColdBrowserRuns; run++)
        {
            var started = Stopwatch.GetTimestamp();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox"] });
            launches.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var page = await browser.NewPageAsync();
            var navigating = Stopwatch.GetTimestamp();
            await page.GotoAsync(agent.Address + "#live");
            await page.WaitForSelectorAsync("body[data-live=connected]");
            ready.Add(Stopwatch.GetElapsedTime(navigating).TotalMilliseconds);
        }
        var launch = Timing.From(launches);
        var timing = Timing.From(ready);
        Report.Row("web", $"Live page ready in a new browser (navigation → status shown), {ColdBrowserRuns} runs", $"p50 {Report.Ms(timing.P50)}, p95 {Report.Ms(timing.P95)}", "≤ 1 s",
            $"chromium launch itself p50 {Report.Ms(launch.P50)}");
    }

    /// <summary>Asks over MQTT; per answer, when MQTT delivered it, when the SSE stream did, when the page showed it.</summary>
    private static async Task<double> FeedLatencyAsync(IPlaywright playwright, RunningAgent agent)
    {
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(agent.Address + "#live");
        await page.WaitForSelectorAsync("body[data-live=connected]");
        // The page notes (epoch ms) when each answer's feed item is complete.
        await page.EvaluateAsync(@"() => { window.__shown = {}; new MutationObserver(() => {
            for (const item of document.querySelectorAll('.feed-item.done')) window.__shown[item.dataset.id] ??= Date.now(); })
            .observe(document.getElementById('feed'), { subtree: true, childList: true, attributes: true }); }");

        using var http = new HttpClient { BaseAddress = agent.Address, Timeout = Timeout.InfiniteTimeSpan };
        var sse = new ConcurrentDictionary<string, long>();
        using var stop = new CancellationTokenSource();
        var reading = ReadFeedAsync(http, sse, stop.Token);
        var mqtt = new ConcurrentDictionary<string, (long Stamp, long Epoch)>();
        await AskOverMqttAsync(agent, Questions, mqtt, sse);
        await stop.CancelAsync();
        await reading;
        var shown = await page.EvaluateAsync<Dictionary<string, long>>("() => window.__shown");

        var viaSse = mqtt.Where(m => sse.ContainsKey(m.Key)).Select(m => Stopwatch.GetElapsedTime(m.Value.Stamp, sse[m.Key]).TotalMilliseconds).ToList();
        var onPage = mqtt.Where(m => shown.ContainsKey(m.Key)).Select(m => (double)(shown[m.Key] - m.Value.Epoch)).ToList();
        var stream = Timing.From(viaSse);
        var dom = Timing.From(onPage);
        Report.Row("web", $"answer: MQTT events/answer → SSE feed event, {viaSse.Count} answers", $"p50 {Report.Ms(stream.P50)}, p95 {Report.Ms(stream.P95)}", "≤ 100 ms",
            "negative: the feed has it before MQTT delivers it (both start when the event is stored)");
        Report.Row("web", $"answer: MQTT events/answer → shown on the Live page, {onPage.Count} answers", $"p50 {Report.Ms(dom.P50)}, p95 {Report.Ms(dom.P95)}", "≤ 100 ms", "browser clock vs. this process's clock, same machine (ms resolution)");
        return agent.ResidentMiB();
    }

    private static async Task ReadFeedAsync(HttpClient http, ConcurrentDictionary<string, long> seen, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
            var type = "";
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                    type = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && type == "events/answer")
                    seen.TryAdd(JsonNode.Parse(line[6..])!["id"]!.GetValue<string>(), Stopwatch.GetTimestamp());
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Asks <paramref name="count"/> questions one after another over <c>cmd/ask</c>, waiting for each answer on MQTT.</summary>
    private static async Task AskOverMqttAsync(RunningAgent agent, int count, ConcurrentDictionary<string, (long, long)>? received, ConcurrentDictionary<string, long>? sse)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        var baseTopic = $"edge/{agent.DeviceId}";
        var answers = new ConcurrentDictionary<string, TaskCompletionSource>();
        client.ApplicationMessageReceivedAsync += e =>
        {
            var id = JsonNode.Parse(e.ApplicationMessage.ConvertPayloadToString())!["id"]!.GetValue<string>();
            received?.TryAdd(id, (Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            if (answers.TryGetValue(id, out var done))
                done.TrySetResult();
            return Task.CompletedTask;
        };
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", agent.MqttPort).WithClientId("bench-" + Guid.NewGuid().ToString("N")[..6]).Build());
        await client.SubscribeAsync($"{baseTopic}/events/answer");
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid().ToString();
            var done = answers.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            var payload = new JsonObject { ["id"] = id, ["text"] = Asked[i % Asked.Length] }.ToJsonString();
            await client.PublishStringAsync($"{baseTopic}/cmd/ask", payload);
            await done.Task.WaitAsync(TimeSpan.FromMinutes(2));
        }
        // The page and the SSE reader may still be a moment behind the last MQTT delivery.
        if (sse is not null)
        {
            var deadline = Stopwatch.GetTimestamp();
            while (received is not null && received.Keys.Any(k => !sse.ContainsKey(k)) && Stopwatch.GetElapsedTime(deadline) < TimeSpan.FromSeconds(10))
                await Task.Delay(50);
        }
        await client.DisconnectAsync();
    }
}
