using System.Text.Json;
using Edge.EndToEnd.Tests.Support;

namespace Edge.EndToEnd.Tests.Cli;

/// <summary>The JSON that scripts and panels parse: the shapes DESIGN.md fixes.</summary>
[Collection(SampleDataCollection.Name)]
public sealed class JsonOutputTests(SampleDataDirectory data)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> RunJson(params string[] arguments)
    {
        var run = await EdgeAgentCli.RunAsync([.. data.Command(arguments[0]), .. arguments[1..], "--json"], cancellationToken: Ct);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Single(run.OutLines);
        using var json = JsonDocument.Parse(run.StdOut);
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task SearchJson_PrintsAnArrayOfHitsWithTheContractFields()
    {
        var hits = await RunJson("search", "spindle alarm E-2041", "--top", "6");

        Assert.Equal(JsonValueKind.Array, hits.ValueKind);
        Assert.Equal(6, hits.GetArrayLength());
        foreach (var hit in hits.EnumerateArray())
        {
            Assert.Equal(["document", "title", "section", "page", "score", "text"], hit.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.String, hit.GetProperty("title").ValueKind);
            Assert.Equal(JsonValueKind.String, hit.GetProperty("section").ValueKind);
            Assert.Equal(JsonValueKind.String, hit.GetProperty("text").ValueKind);
            Assert.InRange(hit.GetProperty("score").GetDouble(), 0, 1);
            var isPdf = hit.GetProperty("document").GetString()!.EndsWith(".pdf", StringComparison.Ordinal);
            Assert.Equal(isPdf ? JsonValueKind.Number : JsonValueKind.Null, hit.GetProperty("page").ValueKind);
        }
    }

    [Fact]
    public async Task AskJson_PrintsTheDesignObjectWithTypedFields()
    {
        var answer = await RunJson("ask", "What's the torque for the tool holder pull stud?");

        Assert.Equal("What's the torque for the tool holder pull stud?", answer.GetProperty("question").GetString());
        Assert.Contains("100 N", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", answer.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.True, answer.GetProperty("grounded").ValueKind);
        var citations = answer.GetProperty("citations");
        Assert.True(citations.GetArrayLength() > 0);
        foreach (var citation in citations.EnumerateArray())
        {
            Assert.Equal(["document", "title", "section", "page", "score"], citation.EnumerateObject().Select(p => p.Name));
            Assert.All(["document", "title", "section"], name => Assert.False(string.IsNullOrEmpty(citation.GetProperty(name).GetString())));
            Assert.True(citation.GetProperty("page").ValueKind is JsonValueKind.Number or JsonValueKind.Null);
            Assert.InRange(citation.GetProperty("score").GetDouble(), 0, 1);
        }
        Assert.Equal(7, citations[0].GetProperty("page").GetInt32());
        var timings = answer.GetProperty("timings");
        Assert.Equal(["transcribeMs", "retrieveMs", "answerMs"], timings.EnumerateObject().Select(p => p.Name));
        Assert.All(timings.EnumerateObject(), t => Assert.True(t.Value.GetInt64() >= 0));
    }

    [Fact]
    public async Task AskJson_HasTheDesignFieldsFirstAndOnlyTheAnswerModeBesides()
    {
        var answer = await RunJson("ask", "What's the torque for the tool holder pull stud?");

        // DESIGN.md lists six fields; the answer mode and its fallback reason came with the
        // language-model answers and are the only additions.
        Assert.Equal(["question", "answer", "language", "grounded", "citations", "timings", "mode", "fallbackReason"],
            answer.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task AskJson_UnanswerableQuestion_IsUngroundedWithoutCitations()
    {
        var answer = await RunJson("ask", "How do I descale the coffee machine in the break room?");

        Assert.Equal(JsonValueKind.False, answer.GetProperty("grounded").ValueKind);
        Assert.Equal(0, answer.GetProperty("citations").GetArrayLength());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("answer").GetString()));
    }

    [Fact]
    public async Task StatusJson_ReportsVersionAndTheIngestedKnowledge()
    {
        var status = await RunJson("status");

        Assert.False(string.IsNullOrEmpty(status.GetProperty("version").GetString()));
        var knowledge = status.GetProperty("knowledge");
        Assert.Equal(4, knowledge.GetProperty("documents").GetInt32());
        Assert.True(knowledge.GetProperty("chunks").GetInt32() > 4);
        Assert.True(knowledge.GetProperty("version").GetInt64() >= 4);
        Assert.Equal(["default"], knowledge.GetProperty("collections").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("all-MiniLM-L6-v2", knowledge.GetProperty("embeddingModel").GetString(), StringComparison.Ordinal);
        Assert.Equal(Path.Combine(data.Path, "edge.db"), knowledge.GetProperty("databasePath").GetString());
    }
}
