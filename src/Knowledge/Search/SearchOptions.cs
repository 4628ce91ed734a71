using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Search;

/// <summary>
/// Configuration section <c>Knowledge:Search</c>: how the rankings are fused. The defaults are the
/// values measured on the development sets (docs/QUALITY.md); a plant changes them only with its
/// own question set to measure against (<c>edge-agent eval</c>).
/// </summary>
public sealed class SearchOptions : IValidatableObject
{
    /// <summary>
    /// Reciprocal-rank constant: each ranking adds weight / (k + rank). Small, so a first place
    /// counts clearly more than a fifth.
    /// </summary>
    [Range(1, 1000)]
    public int RrfK { get; set; } = 20;

    /// <summary>Weight of the keyword ranking (BM25): a little above meaning, as technicians quote codes and parameter names.</summary>
    [Range(0.0, 10.0)]
    public double KeywordWeight { get; set; } = 1.3;

    /// <summary>Weight of the passage-meaning ranking (sentence embeddings).</summary>
    [Range(0.0, 10.0)]
    public double DenseWeight { get; set; } = 1.0;

    /// <summary>Weight of the section-heading ranking: headings are short and match loosely.</summary>
    [Range(0.0, 10.0)]
    public double HeadingWeight { get; set; } = 0.25;

    /// <summary>Weight of verbatim matches of quoted phrases or error texts.</summary>
    [Range(0.0, 10.0)]
    public double PhraseWeight { get; set; } = 1.5;

    /// <summary>Factor for a passage in the question's language: it wins a close call.</summary>
    [Range(1.0, 3.0)]
    public double SameLanguageBonus { get; set; } = 1.1;

    /// <summary>Candidates taken from each ranking before fusion.</summary>
    [Range(5, 500)]
    public int Candidates { get; set; } = 40;

    /// <summary>BM25 term-frequency saturation.</summary>
    [Range(0.0, 5.0)]
    public double Bm25K1 { get; set; } = 1.2;

    /// <summary>
    /// BM25 length normalisation, lower than the textbook 0.75: manuals mix one-line reference
    /// entries with guides, and full normalisation lets a short entry win on a name alone.
    /// </summary>
    [Range(0.0, 1.0)]
    public double Bm25B { get; set; } = 0.35;

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Keyword or meaning must count: headings and phrases alone rank only a few sections.
        if (KeywordWeight + DenseWeight <= 0)
            yield return new ValidationResult("KeywordWeight or DenseWeight must be above 0.", [nameof(KeywordWeight), nameof(DenseWeight)]);
    }
}

/// <summary>Validates <see cref="SearchOptions"/> at start-up (source-generated).</summary>
[OptionsValidator]
internal sealed partial class SearchOptionsValidator : IValidateOptions<SearchOptions>;
