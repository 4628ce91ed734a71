using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Web.Auth;

/// <summary>
/// Slows password guessing: after <c>Web:Login:MaxFailures</c> failed logins from one address within
/// <c>Web:Login:WindowSeconds</c>, that address is refused (without the password being checked) until
/// the oldest failure leaves the window. Bounded in memory whatever the number of addresses.
/// </summary>
internal sealed class LoginThrottle(IOptions<WebOptions> options, TimeProvider time)
{
    private const int MaxAddresses = 4096;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly int _maxFailures = options.Value.Login.MaxFailures;
    private readonly TimeSpan _window = TimeSpan.FromSeconds(options.Value.Login.WindowSeconds);

    /// <summary>Zero when <paramref name="address"/> may try; otherwise how long it must wait.</summary>
    public TimeSpan RetryAfter(string address)
    {
        if (!_failures.TryGetValue(address, out var failures))
            return TimeSpan.Zero;
        lock (failures)
        {
            var now = time.GetUtcNow();
            Expire(failures, now);
            return failures.Count >= _maxFailures ? failures.Peek() + _window - now : TimeSpan.Zero;
        }
    }

    /// <summary>Counts a failed login.</summary>
    public void Failed(string address)
    {
        if (_failures.Count >= MaxAddresses)
            Prune();
        var failures = _failures.GetOrAdd(address, _ => new Queue<DateTimeOffset>());
        lock (failures)
        {
            var now = time.GetUtcNow();
            Expire(failures, now);
            failures.Enqueue(now);
            while (failures.Count > _maxFailures)
                failures.Dequeue();
        }
    }

    /// <summary>A successful login forgets the address's failures.</summary>
    public void Succeeded(string address) => _failures.TryRemove(address, out _);

    private void Expire(Queue<DateTimeOffset> failures, DateTimeOffset now)
    {
        while (failures.Count > 0 && failures.Peek() + _window <= now)
            failures.Dequeue();
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (address, failures) in _failures)
        {
            bool empty;
            lock (failures)
            {
                Expire(failures, now);
                empty = failures.Count == 0;
            }
            if (empty)
                _failures.TryRemove(address, out _);
        }
        // Still full of live entries (many addresses guessing at once): forget the oldest half
        // rather than grow; each of them can only have had MaxFailures tries.
        if (_failures.Count >= MaxAddresses)
        {
            foreach (var address in _failures.Keys.Take(MaxAddresses / 2))
                _failures.TryRemove(address, out _);
        }
    }
}
