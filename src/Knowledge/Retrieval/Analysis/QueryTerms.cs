namespace Edge.Knowledge.Retrieval;

/// <summary>A keyword with its query weight; weights multiply the term's BM25 contribution.</summary>
/// <param name="Term">The analysed term as stored with chunks.</param>
/// <param name="Weight">1 for words as asked, more for codes, less for translations and other-language forms.</param>
internal readonly record struct WeightedTerm(string Term, float Weight);

/// <summary>The keyword side of a question: weighted terms of both languages, quoted phrases, detected language.</summary>
/// <param name="Terms">Distinct terms, each with its highest weight.</param>
/// <param name="Phrases">Quoted spans, normalised with <see cref="TextAnalysis.NormalizeForPhrase"/>, for a verbatim boost.</param>
/// <param name="Language">"de" or "en", as detected for the question.</param>
internal sealed record QueryTerms(IReadOnlyList<WeightedTerm> Terms, IReadOnlyList<string> Phrases, string Language);
