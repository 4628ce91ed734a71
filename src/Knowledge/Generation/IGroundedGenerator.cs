using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Generation;

/// <summary>Generates an answer from retrieved passages with the local language model and checks its citations.</summary>
internal interface IGroundedGenerator
{
    /// <summary>Whether the model can be used; check before calling <see cref="GenerateAsync"/>.</summary>
    LanguageModelStatus Status { get; }

    /// <summary>
    /// Answers <paramref name="question"/> from the top <paramref name="passages"/>. Never throws on
    /// cancellation or the time limit: the result says so in its stop reason. Throws
    /// <see cref="ArgumentException"/> for no passages (decline without the model) and
    /// <see cref="InvalidOperationException"/> when the model is not usable.
    /// </summary>
    /// <param name="question">The question as asked; never shortened.</param>
    /// <param name="language">"de" or "en": the language of the answer.</param>
    /// <param name="passages">Retrieved passages, best first; at least one.</param>
    /// <param name="partialAnswer">Receives the growing answer text (source ids removed), not single tokens.</param>
    /// <param name="cancellationToken">Stops generation between tokens.</param>
    Task<GroundedGeneration> GenerateAsync(
        string question,
        string language,
        IReadOnlyList<SearchHit> passages,
        IProgress<string>? partialAnswer,
        CancellationToken cancellationToken = default);
}
