namespace Edge.Knowledge.Packs;

/// <summary>
/// Configuration section <c>Knowledge:Packs</c>: whose knowledge packs a board installs. A pack must
/// carry a valid signature by one of <see cref="TrustedKeys"/>; an unsigned pack, or one signed by
/// an unknown key, is refused unless <see cref="AllowUnsigned"/> is set. A pack whose signature does
/// not match its content is always refused.
/// </summary>
public sealed class PackTrustOptions
{
    /// <summary>
    /// Public keys of the plant's pack signers: each entry is the one-line key <c>edge-agent pack
    /// keygen</c> prints (base64), or the path of its <c>.pub</c> file.
    /// </summary>
    public IList<string> TrustedKeys { get; set; } = [];

    /// <summary>Installs packs without a trusted signature (development and migration only).</summary>
    public bool AllowUnsigned { get; set; }
}
