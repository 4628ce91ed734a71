using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Web.Auth;

/// <summary>
/// Admin logins held in memory: a random token per login, kept only as its SHA-256, expiring after
/// <c>Web:AdminSessionMinutes</c> without use. A restart logs everyone out, which is fine for a panel.
/// </summary>
internal sealed class AdminSessions(IOptions<WebOptions> options, TimeProvider time)
{
    private const int MaxSessions = 64;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiry = new(StringComparer.Ordinal);
    private readonly TimeSpan _lifetime = TimeSpan.FromMinutes(options.Value.AdminSessionMinutes);

    /// <summary>A new session token.</summary>
    public string Open()
    {
        Prune();
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _expiry[Key(token)] = time.GetUtcNow() + _lifetime;
        return token;
    }

    /// <summary>True for a live token; its lifetime starts again.</summary>
    public bool Touch(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 128)
            return false;
        var key = Key(token);
        var now = time.GetUtcNow();
        if (!_expiry.TryGetValue(key, out var expires) || expires <= now)
        {
            _expiry.TryRemove(key, out _);
            return false;
        }
        _expiry[key] = now + _lifetime;
        return true;
    }

    /// <summary>Ends a session.</summary>
    public void Close(string? token)
    {
        if (!string.IsNullOrEmpty(token))
            _expiry.TryRemove(Key(token), out _);
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (key, expires) in _expiry)
        {
            if (expires <= now)
                _expiry.TryRemove(key, out _);
        }
        // Bounded: the oldest logins make room for new ones.
        foreach (var key in _expiry.OrderBy(e => e.Value).Take(Math.Max(0, _expiry.Count - MaxSessions + 1)).Select(e => e.Key))
            _expiry.TryRemove(key, out _);
    }

    private static string Key(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
