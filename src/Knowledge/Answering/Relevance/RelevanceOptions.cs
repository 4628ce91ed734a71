using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Answering;

/// <summary>
/// Configuration section <c>Knowledge:Relevance</c>: where the line between answering and
/// declining sits. By default each collection calibrates its own line from how well its manuals
/// seem to match questions they do not answer (docs/QUALITY.md).
/// </summary>
public sealed class RelevanceOptions
{
    /// <summary>
    /// A fixed line for every collection instead of the calibrated ones (similarity + half the
    /// coverage); unset by default.
    /// </summary>
    [Range(0.0, 2.0)]
    public double? DeclineBelow { get; set; }

    /// <summary>
    /// How far above the typical off-topic question the line sits, in spreads (the distance from
    /// the median off-topic relevance to its 90th percentile).
    /// </summary>
    [Range(0.0, 10.0)]
    public double Spreads { get; set; } = 2.5;

    /// <summary>The highest a calibrated line may be: a collection whose manuals cover many everyday topics still answers its own questions.</summary>
    [Range(0.0, 2.0)]
    public double Ceiling { get; set; } = 0.725;

    /// <summary>The lowest a calibrated line may be.</summary>
    [Range(0.0, 2.0)]
    public double Floor { get; set; } = 0.45;
}

/// <summary>Validates <see cref="RelevanceOptions"/> at start-up (source-generated).</summary>
[OptionsValidator]
internal sealed partial class RelevanceOptionsValidator : IValidateOptions<RelevanceOptions>;
