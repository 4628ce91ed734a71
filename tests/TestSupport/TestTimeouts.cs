using System.Globalization;

namespace Edge.TestSupport;

/// <summary>
/// Deadlines that only stop a hung test. Tests wait for the event itself (a message, a line, a
/// process exit); these limits are minutes, never a statement about speed, and
/// <c>EDGE_TEST_TIMEOUT_SCALE</c> (default 1) stretches them further on a very slow machine.
/// </summary>
public static class TestTimeouts
{
    /// <summary>The factor from <c>EDGE_TEST_TIMEOUT_SCALE</c>; 1 when unset or not a positive number.</summary>
    public static double Scale { get; } =
        double.TryParse(Environment.GetEnvironmentVariable("EDGE_TEST_TIMEOUT_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0
            ? scale : 1;

    /// <summary>How long anything that should happen may take before the test counts as hung: 3 minutes, scaled.</summary>
    public static TimeSpan Hang => Scaled(TimeSpan.FromMinutes(3));

    /// <summary><paramref name="deadline"/> times <see cref="Scale"/>.</summary>
    public static TimeSpan Scaled(TimeSpan deadline) => deadline * Scale;
}
