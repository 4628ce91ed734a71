namespace Edge.Knowledge.Answering;

/// <summary>Answers questions from the knowledge base, with citations; declines when the manuals do not cover a question.</summary>
public interface IKnowledgeAssistant
{
    /// <summary>
    /// Answers one question. Throws <see cref="InvalidQuestionException"/> for unusable input
    /// (empty, too long, binary, unknown collection); otherwise always returns an answer, declining
    /// (<see cref="Answer.Grounded"/> false) when nothing relevant is found.
    /// </summary>
    /// <param name="question">The question.</param>
    /// <param name="partialAnswer">Receives the growing answer text while a language model writes it; not called for extractive answers.</param>
    /// <param name="cancellationToken">Cancels the question.</param>
    Task<Answer> AskAsync(Question question, IProgress<string>? partialAnswer = null, CancellationToken cancellationToken = default);
}
