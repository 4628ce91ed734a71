using System.Text;
using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Generation;

/// <summary>The messages of a grounded prompt and the passages behind its source ids.</summary>
/// <param name="System">Instructions: answer only from the sources, cite ids, language, decline sentence.</param>
/// <param name="User">The tagged sources followed by the question.</param>
/// <param name="Sources">The passages in the prompt; source id S<i>n</i> is <c>Sources[n - 1]</c>.</param>
/// <param name="ContextTokens">Tokens the sources block was measured at.</param>
internal sealed record GroundedPromptParts(string System, string User, IReadOnlyList<SearchHit> Sources, int ContextTokens);

/// <summary>
/// Builds the grounded prompt: the top passages, each tagged [S1], [S2] … with a compact header,
/// fitted into a token budget at sentence boundaries. The question is never shortened.
/// </summary>
internal static class GroundedPrompt
{
    // A header's newline and the blank line after the text: at most a token each in any tokenizer.
    private const int LineBreaks = 3;

    public static GroundedPromptParts Build(
        string question,
        string language,
        IReadOnlyList<SearchHit> passages,
        int maxPassages,
        int contextTokenBudget,
        Func<string, int> countTokens)
    {
        var top = passages.Take(maxPassages).ToList();

        // Headers are short and paid first; the text gets what is left, shared fairly. With a tiny
        // budget fewer passages are taken, so that headers never eat more than half of it.
        var headerCosts = top.Select((hit, i) => countTokens(GroundedInstructions.SourceHeader(i + 1, hit)) + LineBreaks).ToList();
        while (top.Count > 1 && headerCosts.Sum() > contextTokenBudget / 2)
        {
            top.RemoveAt(top.Count - 1);
            headerCosts.RemoveAt(headerCosts.Count - 1);
        }

        var textBudget = contextTokenBudget - headerCosts.Sum();
        var allowances = PassageBudget.Allocate(top.Select(hit => countTokens(hit.Text)).ToArray(), textBudget);

        var sources = new List<SearchHit>();
        var block = new StringBuilder();
        int tokens = 0;
        for (int i = 0; i < top.Count; i++)
        {
            var text = SentenceTrimmer.Trim(top[i].Text, allowances[i], countTokens);
            if (text.Length == 0) continue;

            // Ids are numbered over the passages kept, so they stay contiguous for the model.
            sources.Add(top[i]);
            var header = GroundedInstructions.SourceHeader(sources.Count, top[i]);
            block.Append(header).Append('\n').Append(text).Append("\n\n");
            tokens += countTokens(header) + LineBreaks + countTokens(text);
        }

        var user = block.Append(GroundedInstructions.QuestionLine(question.Trim(), language)).ToString();
        return new GroundedPromptParts(GroundedInstructions.System(language), user, sources, tokens);
    }
}
