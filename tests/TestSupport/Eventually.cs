namespace Edge.TestSupport;

/// <summary>
/// Waits for a condition that has no event to wait on (a process that is gone, a row in a file),
/// checking it often; gives up only after the hang deadline of <see cref="TestTimeouts"/>.
/// </summary>
public static class Eventually
{
    /// <summary>Returns once <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> naming <paramref name="what"/> when the deadline passes.</summary>
    public static async Task HoldsAsync(Func<bool> condition, string what, TimeSpan? deadline = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wait = deadline ?? TestTimeouts.Hang;
        limit.CancelAfter(wait);
        while (!condition())
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                if (condition())
                    return;
                throw new TimeoutException($"{what}: still not so after {wait.TotalSeconds:0} s");
            }
        }
    }
}
