using Edge.Agent.Events;
using Edge.Agent.Options;
using Edge.Agent.Outbox;
using Edge.Agent.Tests.TestSupport;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Edge.Agent.Tests.Outbox;

public sealed class OutboxTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public OutboxTests() => LiteDbWarmup.Ensure();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task StoredEvents_SurviveReopeningTheFile_InSequenceOrder_AndNumberingContinues()
    {
        using (var run = Open())
        {
            await run.StartAsync();
            for (var i = 1; i <= 5; i++)
                await run.Outbox.EnqueueAsync(run.Events.Error(Stages.Command, ErrorCodes.Busy, $"event {i}"), TestContext.Current.CancellationToken);
            await run.StopAsync();
        }

        using var reopened = Open();
        var stored = reopened.Outbox.ReadBatch(100);
        Assert.Equal([1L, 2, 3, 4, 5], stored.Select(r => r.Id));
        Assert.All(stored, r => Assert.EndsWith("/events/error", r.Topic, StringComparison.Ordinal));
        Assert.Contains("\"seq\":3", System.Text.Encoding.UTF8.GetString(stored[2].Payload), StringComparison.Ordinal);

        // Delivered events are deleted; numbers never repeat, even once the outbox is empty.
        reopened.Outbox.InitializeDepth();
        reopened.Outbox.Acknowledge(5);
        Assert.Equal(0, reopened.Outbox.Depth);
        await reopened.StartAsync();
        await reopened.Outbox.EnqueueAsync(reopened.Events.Error(Stages.Command, ErrorCodes.Busy, "after restart"), TestContext.Current.CancellationToken);
        Assert.Equal(6, Assert.Single(reopened.Outbox.ReadBatch(10)).Id);
        await reopened.StopAsync();
    }

    [Fact]
    public async Task Overflow_DropsTheOldestEvents_AndReportsHowManyOnEventsError()
    {
        using var run = Open(maxEvents: 100);
        await run.StartAsync();
        for (var i = 1; i <= 150; i++)
            await run.Outbox.EnqueueAsync(run.Events.Error(Stages.Command, ErrorCodes.Busy, $"event {i}"), TestContext.Current.CancellationToken);
        await run.StopAsync();

        var stored = run.Outbox.ReadBatch(1000);
        Assert.InRange(stored.Count, 90, 100);
        Assert.Equal(stored.Count, run.Outbox.Depth);
        var texts = stored.Select(r => System.Text.Encoding.UTF8.GetString(r.Payload)).ToList();
        Assert.Contains(texts, t => t.Contains("\"message\":\"event 150\"", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("\"message\":\"event 1\"", StringComparison.Ordinal));
        var report = Assert.Single(texts, t => t.Contains("outbox_overflow", StringComparison.Ordinal));
        Assert.Contains("\"stage\":\"outbox\"", report, StringComparison.Ordinal);
        Assert.Null(PayloadSchemas.Validate("event-error.schema.json", System.Text.Encoding.UTF8.GetBytes(report)));
        Assert.Equal(stored.Select(r => r.Id).Order(), stored.Select(r => r.Id));
    }

    [Fact]
    public async Task RepeatedOverflow_IsReportedAtMostEveryTenSeconds_WithTheTotal()
    {
        using var run = Open(maxEvents: 100);
        await run.StartAsync();
        for (var i = 1; i <= 400; i++)
            await run.Outbox.EnqueueAsync(run.Events.Error(Stages.Command, ErrorCodes.Busy, $"event {i}"), TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromSeconds(11));
        await run.Outbox.EnqueueAsync(run.Events.Error(Stages.Command, ErrorCodes.Busy, "last"), TestContext.Current.CancellationToken);
        await run.StopAsync();

        var stored = run.Outbox.ReadBatch(1000);
        // Every stored event and report took the next sequence number: 401 events and exactly two
        // reports, one at the first overflow and one once ten seconds had passed.
        Assert.Equal(401 + 2, stored.Max(r => r.Id));
        // The first report was itself pushed out by the later events; the second counts what was dropped since.
        var report = Assert.Single(stored, r => System.Text.Encoding.UTF8.GetString(r.Payload).Contains("outbox_overflow", StringComparison.Ordinal));
        var dropped = System.Text.Json.JsonDocument.Parse(report.Payload).RootElement.GetProperty("dropped").GetInt32();
        Assert.InRange(dropped, 200, 401);
    }

    private Run Open(int maxEvents = 10_000) => new(_data.Path, maxEvents, _time);

    /// <summary>One "process": the database file, the outbox and its writer.</summary>
    private sealed class Run : IDisposable
    {
        private readonly KnowledgeDatabase _database;
        private readonly OutboxWriter _writer;

        public Run(string directory, int maxEvents, TimeProvider time)
        {
            _database = new KnowledgeDatabase(directory);
            var mqtt = new MqttOptions { Outbox = { MaxEvents = maxEvents } };
            var identity = new AgentIdentity(new DeviceOptions { DeviceId = "press7" }, mqtt);
            var store = new OutboxStore(_database);
            Outbox = new EventOutbox(store, new PublishSignal());
            Events = new EventFactory(identity, time);
            _writer = new OutboxWriter(Outbox, store, new AgentStateStore(_database), identity, Events, MsOptions.Create(mqtt), time, NullLogger<OutboxWriter>.Instance);
        }

        public EventOutbox Outbox { get; }
        public EventFactory Events { get; }

        public Task StartAsync() => _writer.StartAsync(CancellationToken.None);

        public Task StopAsync() => _writer.StopAsync(CancellationToken.None);

        public void Dispose()
        {
            _writer.Dispose();
            _database.Dispose();
        }
    }
}
