using System.Net;
using System.Text.Json.Nodes;
using Edge.Agent.Web.Tests.Support;

namespace Edge.Agent.Web.Tests.Api;

/// <summary><c>GET /api/events</c>: the agent's own events as Server-Sent Events.</summary>
[Collection(SampleManualsCollection.Name)]
public sealed class LiveFeedApiTests(SampleManualsFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Events_AQuestionAskedOverTheApi_AppearsAsQuestionThenAnswerWithTheSamePayloadsAsMqtt()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(Deadline);
        using var client = fixture.Factory.CreateClient();
        using var response = await client.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var feed = new SseReader(await response.Content.ReadAsStreamAsync(deadline.Token));
        // Status and the machine's alarm come first, so a page has something to show at once.
        var status = await feed.NextAsync(deadline.Token);
        Assert.Equal("status", status!.Type);
        Assert.Equal(fixture.Factory.DeviceId, JsonNode.Parse(status.Data)!["deviceId"]!.GetValue<string>());

        var question = "Which oil goes into the spindle lubrication tank?";
        var asked = ApiJson.PostAsync(client, "/api/ask", new { text = question });
        var questionEvent = await feed.WaitForAsync(e => e.Type == "events/question" && e.Data.Contains(question, StringComparison.Ordinal), deadline.Token);
        var answerEvent = await feed.WaitForAsync(e => e.Type == "events/answer" && e.Data.Contains(question, StringComparison.Ordinal), deadline.Token);

        var payload = JsonNode.Parse(answerEvent.Data)!;
        Assert.Equal("edge.v1", payload["schema"]!.GetValue<string>());
        Assert.Equal("web", payload["source"]!.GetValue<string>());
        Assert.Equal(JsonNode.Parse(questionEvent.Data)!["id"]!.GetValue<string>(), payload["id"]!.GetValue<string>());
        Assert.True(long.Parse(answerEvent.Id!, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(questionEvent.Id!, System.Globalization.CultureInfo.InvariantCulture));
        using var reply = await asked;
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Equal(payload["answer"]!.GetValue<string>(), (await ApiJson.ReadAsync(reply))["answer"]!.GetValue<string>());
    }

    [Fact]
    public async Task Events_AReconnectingPage_ResumesAfterTheLastEventItSaw()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(Deadline);
        using var client = fixture.Factory.CreateClient();
        using (var first = await ApiJson.PostAsync(client, "/api/ask", new { text = "How do I reference the axes?" }))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var second = await ApiJson.PostAsync(client, "/api/ask", new { text = "How do I load a film reel?" }))
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        // A page that saw the first answer reconnects: it gets what came after, not the first again.
        string firstAnswerId;
        using (var all = await client.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, deadline.Token))
        using (var feed = new SseReader(await all.Content.ReadAsStreamAsync(deadline.Token)))
            firstAnswerId = (await feed.WaitForAsync(e => e.Type == "events/answer" && e.Data.Contains("reference the axes", StringComparison.Ordinal), deadline.Token)).Id!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Add("Last-Event-ID", firstAnswerId);
        using var resumed = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        using var rest = new SseReader(await resumed.Content.ReadAsStreamAsync(deadline.Token));
        var next = await rest.WaitForAsync(e => e.Type == "events/answer", deadline.Token);
        Assert.Contains("film reel", next.Data, StringComparison.Ordinal);
    }
}
