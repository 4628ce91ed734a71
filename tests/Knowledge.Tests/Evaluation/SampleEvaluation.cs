using Edge.Knowledge.Evaluation;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.Evaluation;

/// <summary>One evaluation run of the sample question set against the sample manuals, shared by the tests that read it.</summary>
public sealed class SampleEvaluation(SampleKnowledge sample)
{
    private readonly Lazy<EvalReport> report = new(() =>
        sample.Services.Evaluation.RunAsync(sample.Questions, collection: null).GetAwaiter().GetResult());

    public IReadOnlyList<EvalQuestion> Questions => sample.Questions;

    public EvalReport Report => report.Value;
}
