using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Edge.Knowledge.Ingestion.Readers.Docx;

/// <summary>
/// Recomputes the visible list numbers Word would show ("1.", "2.3", "b)") from the numbering part,
/// counting paragraphs per numbering instance and level. Bullets and unknown formats give "•".
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, int[]> _counters = [];

    /// <summary>Indexes the numbering part; without one every list item is a bullet.</summary>
    public DocxNumbering(Numbering? numbering)
    {
        foreach (var abstractNum in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (abstractNum.AbstractNumberId?.Value is int id)
            {
                _abstracts.TryAdd(id, abstractNum);
            }
        }

        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is int id)
            {
                _instances.TryAdd(id, instance);
            }
        }
    }

    /// <summary>Counts one more paragraph at the level and returns its marker; null when numbering is switched off (numId 0).</summary>
    public string? NextMarker(int numId, int level)
    {
        if (numId == 0)
        {
            return null;
        }

        level = Math.Clamp(level, 0, 8);
        var levels = Levels(numId);
        var counters = Counters(numId, levels);
        counters[level]++;
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = Start(levels, deeper) - 1;
        }

        var definition = levels.FirstOrDefault(l => l.LevelIndex?.Value == level);
        var format = definition?.NumberingFormat?.Val?.InnerText ?? "bullet";
        var pattern = definition?.LevelText?.Val?.Value;
        if (format is "bullet" or "none" || pattern is null)
        {
            return "\u2022";
        }

        for (var n = 0; n <= level; n++)
        {
            var nFormat = levels.FirstOrDefault(l => l.LevelIndex?.Value == n)?.NumberingFormat?.Val?.InnerText ?? "decimal";
            pattern = pattern.Replace($"%{n + 1}", Format(Math.Max(counters[n], 1), nFormat), StringComparison.Ordinal);
        }

        return pattern.Trim().Length > 0 ? pattern.Trim() : "\u2022";
    }

    private List<Level> Levels(int numId)
    {
        if (_instances.TryGetValue(numId, out var instance) && instance.AbstractNumId?.Val?.Value is int abstractId
            && _abstracts.TryGetValue(abstractId, out var abstractNum))
        {
            return [.. abstractNum.Elements<Level>()];
        }

        return [];
    }

    private int[] Counters(int numId, List<Level> levels)
    {
        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = [.. Enumerable.Range(0, 9).Select(l => Start(levels, l) - 1)];
            _counters[numId] = counters;
        }

        return counters;
    }

    private static int Start(List<Level> levels, int level)
        => levels.FirstOrDefault(l => l.LevelIndex?.Value == level)?.StartNumberingValue?.Val?.Value ?? 1;

    private static string Format(int value, string format) => format switch
    {
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Letters(int value) => new((char)('A' + ((value - 1) % 26)), ((value - 1) / 26) + 1);

    private static string Roman(int value)
    {
        (int Value, string Symbol)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = string.Empty;
        foreach (var (v, s) in table)
        {
            while (value >= v)
            {
                result += s;
                value -= v;
            }
        }

        return result;
    }
}
