using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Edge.Agent.Cli;
using Edge.Agent.Web.Tests.Support;
using Edge.Knowledge.Answering;

namespace Edge.Agent.Web.Tests.Api;

/// <summary><c>POST /api/ask</c> and <c>GET /api/status</c> return what the CLI prints, from the running agent.</summary>
[Collection(SampleManualsCollection.Name)]
public sealed class AskApiTests(SampleManualsFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ask_AnAlarmQuestion_AnswersWithCitationsInTheAskJsonShape()
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await ApiJson.PostAsync(client, "/api/ask", new { text = "Spindle alarm 2041, what do I check first?", collection = "vmc" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await ApiJson.ReadAsync(response);
        Assert.True(answer["grounded"]!.GetValue<bool>());
        var first = answer["citations"]![0]!;
        Assert.Equal("vmc-850-cnc-machining-centre.pdf", first["document"]!.GetValue<string>());
        Assert.Equal(11, first["page"]!.GetValue<int>());
        Assert.Contains("O9000", answer["answer"]!.GetValue<string>(), StringComparison.Ordinal);
        // Field for field what `ask --json` prints for the same answer (nothing added, nothing renamed).
        var printed = JsonNode.Parse(JsonSerializer.Serialize(AnswerJson.From(new Answer(
            "q", "a", "en", true, [new Citation("d", "t", "s", 1, 0.5)], new AnswerTimings(0, 1, 2))), CliJson.Options))!;
        Assert.Equal(ApiJson.Keys(printed), ApiJson.Keys(answer));
    }

    [Fact]
    public async Task Ask_AQuestionTheManualsDoNotCover_DeclinesWithoutCitations()
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await ApiJson.PostAsync(client, "/api/ask", new { text = "Who won the football world cup in 1954?" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await ApiJson.ReadAsync(response);
        Assert.False(answer["grounded"]!.GetValue<bool>());
        Assert.Empty(answer["citations"]!.AsArray());
        // Related places, when given, are pointers into the knowledge base.
        foreach (var related in answer["related"]?.AsArray() ?? [])
            Assert.False(string.IsNullOrEmpty(related!["document"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Ask_WithoutText_IsRefusedWithAnError(string text)
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await ApiJson.PostAsync(client, "/api/ask", new { text });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_question", (await ApiJson.ReadAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ask_AnUnknownCollection_IsRefusedWithTheAgentsError()
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await ApiJson.PostAsync(client, "/api/ask", new { text = "How do I start the line?", collection = "no-such-machine" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_question", (await ApiJson.ReadAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Status_IsTheObjectStatusJsonPrints()
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await client.GetAsync("/api/status", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = await ApiJson.ReadAsync(response);
        Assert.Equal(fixture.Factory.DeviceId, status["deviceId"]!.GetValue<string>());
        Assert.True(status["knowledge"]!["documents"]!.GetValue<int>() >= 3);
        Assert.Contains("vmc", status["knowledge"]!["collections"]!.AsArray().Select(c => c!.GetValue<string>()));
        var printed = JsonNode.Parse(JsonSerializer.Serialize(
            await StatusJson.CollectAsync(fixture.Factory.Services, TimeSpan.FromSeconds(1), Cancel), CliJson.Options))!;
        Assert.Equal(ApiJson.Keys(printed), ApiJson.Keys(status));
    }
}
