namespace Edge.Knowledge.Generation;

/// <summary>
/// Splits a token budget among passages max-min fairly: short passages keep all their tokens and
/// what they leave over goes to the long ones, so one long top passage cannot crowd out the rest.
/// </summary>
internal static class PassageBudget
{
    /// <summary>Tokens allowed per passage, in the order of <paramref name="costs"/>.</summary>
    public static int[] Allocate(IReadOnlyList<int> costs, int budget)
    {
        var allowances = new int[costs.Count];
        var remaining = Math.Max(0, budget);
        var cheapestFirst = Enumerable.Range(0, costs.Count).OrderBy(i => costs[i]).ToArray();
        for (int position = 0; position < cheapestFirst.Length; position++)
        {
            int index = cheapestFirst[position];
            int share = remaining / (cheapestFirst.Length - position);
            allowances[index] = Math.Min(costs[index], share);
            remaining -= allowances[index];
        }

        return allowances;
    }
}
