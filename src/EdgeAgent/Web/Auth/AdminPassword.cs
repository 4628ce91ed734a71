using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Edge.Agent.Web.Auth;

/// <summary>
/// The admin password as stored in <c>Web:AdminPasswordHash</c>: PBKDF2-SHA256 with a random salt,
/// written as <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (base64). Slow on purpose, so a copied
/// configuration file does not give the password away cheaply.
/// </summary>
internal static class AdminPassword
{
    /// <summary>Iterations for new hashes (OWASP's figure for PBKDF2-SHA256); about a third of a second on a Pi 5.</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>Shortest password accepted.</summary>
    public const int MinLength = 8;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>A new hash of <paramref name="password"/>.</summary>
    public static string Hash(string password, int iterations = DefaultIterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when <paramref name="password"/> matches <paramref name="stored"/>; false for a malformed hash.</summary>
    public static bool Verify(string password, string stored)
    {
        if (Parse(stored) is not { } parts || string.IsNullOrEmpty(password))
            return false;
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), parts.Salt, parts.Iterations, HashAlgorithmName.SHA256, parts.Hash.Length);
        return CryptographicOperations.FixedTimeEquals(actual, parts.Hash);
    }

    /// <summary>True for a hash this class wrote.</summary>
    public static bool IsWellFormed(string stored) => Parse(stored) is not null;

    private static (int Iterations, byte[] Salt, byte[] Hash)? Parse(string stored)
    {
        var parts = (stored ?? "").Trim().Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations is < 1000 or > 100_000_000)
            return null;
        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var hash = Convert.FromBase64String(parts[3]);
            return salt.Length >= 8 && hash.Length >= 16 ? (iterations, salt, hash) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
