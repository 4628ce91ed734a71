using Microsoft.Extensions.Options;

namespace Edge.Agent.Web;

/// <summary>Validates <see cref="WebOptions"/> attributes (source-generated, like the other sections).</summary>
[OptionsValidator]
internal sealed partial class WebOptionsValidator : IValidateOptions<WebOptions>;
