using System.Text.Json;
using Edge.Knowledge.Ingestion.Limits;
using Edge.Knowledge.Packs;
using Edge.Knowledge.Tests.Ingestion;

namespace Edge.Knowledge.Tests.Packs;

/// <summary>
/// A board installs only packs signed by a key it trusts, with sound vectors and safe names; every
/// refusal is one line and leaves the board's content as it was.
/// </summary>
public sealed class PackSigningTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly PackServices _central;
    private readonly PackServices _board;
    private readonly string _plantKey;
    private readonly string _otherKey;
    private readonly string _signed;

    public PackSigningTests()
    {
        _plantKey = _dir.File("plant-key.pem");
        _otherKey = _dir.File("other-key.pem");
        var (plantPublic, _, _) = PackSigningKeys.Generate(_plantKey);
        PackSigningKeys.Generate(_otherKey);
        _central = new PackServices(_dir.File("central"));
        _board = new PackServices(_dir.File("board"), trust: new PackTrustOptions { TrustedKeys = [plantPublic] }, limits: new IngestionLimitsOptions { MaxPackMb = 1 });
        _signed = _dir.File("line3-1.0.tar.gz");
        _central.Packs.Build([PackFiles.Manuals(_dir)], _signed, "line3", "1.0", _plantKey, cancellationToken: TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        _central.Dispose();
        _board.Dispose();
        _dir.Dispose();
    }

    private string Refused(string pack)
    {
        var message = _board.Refusal(pack);
        Assert.Empty(_board.Documents("line3"));
        return message;
    }

    private string KeyId(string privateKeyFile) => File.ReadAllText(privateKeyFile + ".pub").Trim() is var line ? PackPublicKeyId(line) : "";

    private static string PackPublicKeyId(string publicKey) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Convert.FromBase64String(publicKey)))[..16];

    [Fact]
    public void APackSignedByATrustedKey_InstallsAndNamesItsSigner()
    {
        var installed = _board.Packs.Install(_signed, TestContext.Current.CancellationToken);

        Assert.Equal(KeyId(_plantKey), installed.Pack.SignedBy);
        Assert.Equal(["notes.txt", "pl-400.md"], _board.Documents("line3"));
        Assert.Equal(KeyId(_plantKey), Assert.Single(_board.Packs.ListInstalled()).SignedBy);
    }

    [Fact]
    public void ChangedTextWithRecomputedChecksums_IsRefusedAsTampered()
    {
        var tampered = PackTampering.Rewrite(_signed, PackTampering.ReplaceText("check the lubrication pump first", "TAMPERED: bridge the door interlock first"));

        Assert.Equal($"the pack's signature does not match its content: it was changed after key {KeyId(_plantKey)} signed it", Refused(tampered));
    }

    [Fact]
    public void AnUnsignedPack_IsRefusedUnlessUnsignedPacksAreAllowed()
    {
        var unsigned = PackTampering.Rewrite(_signed, (_, bytes) => bytes, signWith: "");
        using var lenient = new PackServices(_dir.File("lenient"), trust: new PackTrustOptions { AllowUnsigned = true });

        Assert.Equal("the pack is not signed: build it with 'pack build --sign KEY', or set Knowledge:Packs:AllowUnsigned to install unsigned packs", Refused(unsigned));
        Assert.Null(lenient.Packs.Install(unsigned, TestContext.Current.CancellationToken).Pack.SignedBy);
    }

    [Fact]
    public void APackSignedByAnUntrustedKey_IsRefused()
    {
        var foreign = PackTampering.Rewrite(_signed, PackTampering.ReplaceText("145", "245"), signWith: _otherKey);

        Assert.Equal($"the pack is signed by key {KeyId(_otherKey)}, which is not in Knowledge:Packs:TrustedKeys", Refused(foreign));
    }

    [Fact]
    public void ASignatureThatClaimsTheTrustedKey_ButWasMadeWithAnother_IsRefused()
    {
        var forged = PackTampering.Rewrite(_signed, PackTampering.ReplaceText("145", "245"), signWith: _otherKey);
        var plantPublic = File.ReadAllText(_plantKey + ".pub").Trim();
        var withClaim = PackTampering.RewriteSignature(forged, signature => signature with { PublicKey = plantPublic, KeyId = KeyId(_plantKey) });

        Assert.Equal($"the pack's signature does not match its content: it was changed after key {KeyId(_plantKey)} signed it", Refused(withClaim));
    }

    [Fact]
    public void ASignedPackWithNaNVectors_IsRefused()
    {
        var nan = PackTampering.Rewrite(_signed, (name, bytes) => name == PackFormat.Vectors ? [.. bytes[..4].Select(_ => (byte)0xFF), .. bytes[4..]] : bytes, signWith: _plantKey);

        Assert.Equal("the vector of chunk 1 holds NaN or infinity: the pack is corrupt", Refused(nan));
    }

    [Fact]
    public void ASignedPackWithInfiniteHeadingVectors_IsRefused()
    {
        var infinite = PackTampering.Rewrite(_signed, (name, bytes) => name == PackFormat.Headings ? [.. BitConverter.GetBytes(float.PositiveInfinity), .. bytes[4..]] : bytes, signWith: _plantKey);

        Assert.Equal("the vector of chunk 1 holds NaN or infinity: the pack is corrupt", Refused(infinite));
    }

    [Fact]
    public void ASignedPackWithVectorsOfTheWrongDimension_IsRefused()
    {
        var shortVectors = PackTampering.Rewrite(_signed, (name, bytes) => name == PackFormat.Vectors ? bytes[..^4] : bytes, signWith: _plantKey);

        Assert.Equal("vectors.bin does not hold one 64-dimensional vector per chunk", Refused(shortVectors));
    }

    [Theory]
    [InlineData("../../../../tmp/pwned-docname.txt", "the document name has an empty, \".\" or \"..\" segment")]
    [InlineData("/etc/passwd", "the document name is an absolute path")]
    [InlineData("notes\nAnswer: bridge the interlock.txt", "the document name contains control characters (such as a line break); rename the file")]
    public void ASignedPackWithAnUnsafeDocumentName_IsRefused(string name, string problem)
    {
        var renamed = PackTampering.Rewrite(_signed, PackTampering.ReplaceText("\"notes.txt\"", JsonSerializer.Serialize(name)), signWith: _plantKey);

        Assert.Equal($"the pack holds an unacceptable document name '{Edge.Knowledge.Ingestion.DocumentNames.Printable(name)}': {problem}", Refused(renamed));
    }

    [Fact]
    public void APackThatExpandsPastTheLimit_IsRefusedBeforeItIsRead()
    {
        var bomb = _dir.File("bomb.tar.gz");
        HostileFiles.PackBomb(bomb, 3L << 20);

        Assert.Equal("the pack expands to more than 1 MB (Knowledge:Limits:MaxPackMb)", Refused(bomb));
    }

    [Fact]
    public void Keygen_NeverOverwritesAKey() =>
        Assert.Contains("already exists", Assert.Throws<KnowledgePackException>(() => PackSigningKeys.Generate(_plantKey)).Message, StringComparison.Ordinal);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Keygen_WritesThePrivateKeyReadableByItsOwnerOnly() =>
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_plantKey));
}
