using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Ingestion.Limits;

/// <summary>Compile-time validation of <see cref="IngestionLimitsOptions"/>; each message names its key.</summary>
[OptionsValidator]
internal sealed partial class IngestionLimitsOptionsValidator : IValidateOptions<IngestionLimitsOptions>;
