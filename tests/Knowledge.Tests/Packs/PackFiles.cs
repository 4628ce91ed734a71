
namespace Edge.Knowledge.Tests.Packs;

/// <summary>Small manuals to pack, written into a temp folder.</summary>
internal static class PackFiles
{
    public static string Manuals(TempDirectory dir, string name = "manuals", string topic = "sealing jaw")
    {
        var folder = Path.Combine(dir.Path, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "pl-400.md"),
            $"# PL-400 packaging line\n\n## Sealing\n\nSet the {topic} temperature to 145 °C for PE film and check the seal every shift.\n\n## Film splice\n\nStop the line, tape the new film to the old one and restart at half speed.\n");
        File.WriteAllText(Path.Combine(folder, "notes.txt"),
            "Shop notes\n\nAlarm E-2041 on the spindle: check the lubrication pump first, then the pressure switch.\n");
        return folder;
    }

    /// <summary>A copy of <paramref name="pack"/> with one byte changed at <paramref name="offset"/>.</summary>
    public static string WithFlippedByte(string pack, long offset)
    {
        var bytes = File.ReadAllBytes(pack);
        bytes[offset] ^= 0x5A;
        var copy = pack + ".flipped.tar.gz";
        File.WriteAllBytes(copy, bytes);
        return copy;
    }
}
