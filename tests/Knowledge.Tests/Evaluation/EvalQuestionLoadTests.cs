using Edge.Knowledge.Evaluation;

namespace Edge.Knowledge.Tests.Evaluation;

public sealed class EvalQuestionLoadTests : IDisposable
{
    private const string Good = """{"id":"q1","lang":"en","question":"How do I home?","expected":[{"document":"a.pdf","section":"3.3 Referencing","page":4}],"facts":["Z first"],"kind":"procedure"}""";

    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    private string Write(params string[] lines)
    {
        var path = dir.File("set.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Load_SampleQuestionSet_ReadsAllFortyWithFiveUnanswerable()
    {
        var questions = EvalQuestion.Load(RepoFiles.SampleQuestions);

        Assert.Equal(40, questions.Count);
        Assert.Equal(5, questions.Count(q => q.Unanswerable));
        Assert.All(questions.Where(q => q.Unanswerable), q => Assert.Equal("unanswerable", q.Kind));
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public void Load_BlankLines_AreSkipped()
    {
        var questions = EvalQuestion.Load(Write("", Good, "   ", Good.Replace("q1", "q2", StringComparison.Ordinal)));

        Assert.Equal(["q1", "q2"], questions.Select(q => q.Id));
        Assert.Equal(4, questions[0].Expected[0].Page);
    }

    [Theory]
    [InlineData("{\"id\":\"q2\",\"lang\":\"en\"")]                                                 // cut off
    [InlineData("not json at all")]
    [InlineData("{\"id\":\"q2\",\"lang\":\"en\",\"expected\":[],\"facts\":[],\"kind\":\"lookup\"}")] // no question
    [InlineData("{\"id\":\"q2\",\"lang\":\"en\",\"question\":\"Why?\",\"facts\":[],\"kind\":\"lookup\"}")] // no expected
    [InlineData("{\"id\":\"q2\",\"lang\":\"en\",\"question\":\"Why?\",\"expected\":{},\"facts\":[],\"kind\":\"lookup\"}")] // wrong type
    public void Load_BadLine_ThrowsInvalidDataWithFileAndLineNumber(string badLine)
    {
        var path = Write(Good, "", badLine, Good);

        var error = Assert.Throws<InvalidDataException>(() => EvalQuestion.Load(path));

        Assert.StartsWith($"{path}:3:", error.Message, StringComparison.Ordinal);
    }
}
