using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Packs;

/// <summary>Checks that every trusted key can be read, so a typo stops the agent at start-up with the entry named.</summary>
internal sealed class PackTrustOptionsValidator : IValidateOptions<PackTrustOptions>
{
    public ValidateOptionsResult Validate(string? name, PackTrustOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.TrustedKeys.Count; i++)
        {
            try
            {
                PackPublicKey.Parse(options.TrustedKeys[i]);
            }
            catch (KnowledgePackException ex)
            {
                failures.Add($"Knowledge:Packs:TrustedKeys:{i}: {ex.Message}");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
