using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Retrieval.Dictionary;

namespace Edge.Knowledge.Tests.Retrieval;

/// <summary>The German–English dictionary: reading the Ding format, narrowing it to the manuals, compounds it does not list.</summary>
public sealed class DictionaryTests
{
    private static TextAnalysis Analysis => SharedAnalysis.Default;

    /// <summary>Lines in the format of Debian's trans-de-en, written for these tests.</summary>
    private const string Lines = """
        # Version :: 1.9 test
        Drehbank {f}; Drehmaschine {f} [techn.] | Drehbänke {pl}; Drehmaschinen {pl} | Universaldrehbank {f} :: lathe; lathe machine | lathes; lathe machines | universal lathe
        Spindel {f} [textil.] | Spindeln {pl} :: spindle; distaff | spindles
        Spindel {f} [techn.] | Spindeln {pl} :: spindle; arbor | spindles; arbors
        gehen {vi} | gehend | gegangen | er/sie geht | Ich gehe nach Hause. :: to go | going | gone | he/she goes | I'm going home.
        Kupfer {n} [chem.] :: copper
        Insel {f} | Inseln {pl} :: island | islands
        Druckluft {f} :: compressed air
        Schutztür {f} [techn.] :: protecting door
        Anschluss {m} (an etw.) /Anschl./ :: connection (to sth.)
        """;

    private static List<DictionarySense> Senses => [.. Lines.Split('\n').SelectMany(DingFile.Parse)];

    private static TranslationTable Table(params string[] englishText) =>
        TranslationTable.Build(Senses, Analysis.GermanTerms, Analysis.EnglishTerms,
            englishText.SelectMany(Analysis.EnglishTerms).ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void Parse_AlignedAlternatives_BecomeSensesWithoutAnnotations()
    {
        var lathe = Senses.Where(s => s.German.Contains("Drehbank")).ToList();
        var headword = Assert.Single(lathe);
        Assert.Equal(["Drehbank", "Drehmaschine"], headword.German);
        Assert.Equal(["lathe", "lathe machine"], headword.English);
        Assert.Equal(SenseDomain.Technical, headword.Domain);
        Assert.Contains(Senses, s => s.German.SequenceEqual(["Universaldrehbank"]) && s.English.SequenceEqual(["universal lathe"]));
        Assert.Contains(Senses, s => s.German.SequenceEqual(["Anschluss"]) && s.English.SequenceEqual(["connection"]));
    }

    [Fact]
    public void Parse_VerbFormsKeepTheVerb_SentencesAreSkipped()
    {
        Assert.Contains(Senses, s => s.German.SequenceEqual(["geht"]) && s.English.SequenceEqual(["goes"]));
        Assert.Contains(Senses, s => s.German.SequenceEqual(["gehen"]) && s.English.SequenceEqual(["go"]));
        Assert.DoesNotContain(Senses, s => s.German.Any(g => g.Contains("Hause", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("# comment :: not an entry")]
    [InlineData("no separator here")]
    [InlineData("")]
    public void Parse_CommentsAndMalformedLines_GiveNothing(string line) => Assert.Empty(DingFile.Parse(line));

    [Fact]
    public void Build_KeepsOnlyTranslationsTheManualsUse()
    {
        var table = Table("Clamp the part in the lathe chuck.");

        var lathe = Assert.Single(table.Translate(Key("Drehbank"), fromGerman: true));
        Assert.Equal("lathe", lathe.Text);
        Assert.Empty(table.Translate(Key("Druckluft"), fromGerman: true));
    }

    [Fact]
    public void Build_TechnicalSenseComesFirst()
    {
        var table = Table("The spindle runs on an arbor; the distaff holds the fibre.");

        var spindle = table.Translate(Key("Spindel"), fromGerman: true);
        Assert.Equal("spindle", spindle[0].Text);
        Assert.Equal(SenseDomain.Technical, spindle[0].Domain);
        Assert.Contains(spindle, t => t.Text == "arbor");
        Assert.Equal("distaff", spindle[^1].Text);
    }

    [Fact]
    public void Build_EnglishWordsTranslateToTheGermanTheManualsUse()
    {
        var german = Analysis.IndexTerms("Die Schutztür vor dem Start schließen.", "de").ToHashSet(StringComparer.Ordinal);
        var table = TranslationTable.Build(Senses, Analysis.GermanTerms, Analysis.EnglishTerms, german);

        var door = Assert.Single(table.Translate(string.Join(' ', Analysis.EnglishTerms("protecting door")), fromGerman: false));
        Assert.Equal("Schutztür", door.Text);
    }

    [Fact]
    public void WriteThenRead_GivesTheSameTranslations()
    {
        var table = Table("The spindle runs on an arbor.", "Clamp it in the lathe.");
        var text = new StringWriter();
        table.Write(text);

        var read = TranslationTable.Read(new StringReader(text.ToString()));

        Assert.Equal(table.Count, read.Count);
        Assert.Equal(table.Translate(Key("Spindel"), true).Select(t => t.Text), read.Translate(Key("Spindel"), true).Select(t => t.Text));
    }

    [Fact]
    public void Read_NotATable_Throws() =>
        Assert.Throws<InvalidDataException>(() => TranslationTable.Read(new StringReader("G\tkey\tnot-a-number\ttext\tterms\n")));

    [Fact]
    public void GermanQuestion_UnlistedCompound_FindsTheEnglishPassageThroughItsHalves()
    {
        var passage = "Remove islands controls what happens to isolated copper areas after the zone fill.";
        var other = "Tracks are routed between pads; vias connect the layers.";
        var vocabulary = new[] { passage, other }.SelectMany(t => Analysis.IndexTerms(t, "en")).ToHashSet(StringComparer.Ordinal);
        var table = TranslationTable.Build(Senses, Analysis.GermanTerms, Analysis.EnglishTerms, vocabulary);
        var index = new Bm25Index();
        index.Add(1, Analysis.IndexTerms(passage, "en"));
        index.Add(2, Analysis.IndexTerms(other, "en"));

        var withDictionary = index.Search(Analysis.AnalyzeQuery("Wo sind meine Kupferinseln hin?", table), 2);
        var without = index.Search(Analysis.AnalyzeQuery("Wo sind meine Kupferinseln hin?"), 2);

        Assert.Equal(1, withDictionary[0].ChunkId);
        Assert.Empty(without);
        Assert.Contains("copper island", Analysis.GlossToEnglish("Wo sind meine Kupferinseln hin?", table), StringComparison.Ordinal);
    }

    [Fact]
    public void DebianDictionary_TranslatesTechnicalWordsFromTheInstalledFile()
    {
        Assert.SkipUnless(File.Exists(DingFile.DebianPath), $"{DingFile.DebianPath} is not installed (Debian package trans-de-en; scripts/test.sh installs it)");
        var manual = "Blow the chips off with compressed air. The lathe stops when the protecting door opens.";
        var table = TranslationTable.Build(DingFile.Read(DingFile.DebianPath), Analysis.GermanTerms, Analysis.EnglishTerms,
            Analysis.IndexTerms(manual, "en").ToHashSet(StringComparer.Ordinal));

        Assert.Contains(table.Translate(Key("Druckluft"), true), t => t.Text == "compressed air");
        Assert.Equal("lathe", table.Translate(Key("Drehbank"), true)[0].Text);
        Assert.Contains(table.Translate(Key("Schutztür"), true), t => t.Text == "protecting door");
    }

    [Theory]
    [InlineData("Kühlmittelpumpen")]
    [InlineData("Kupferinseln")]
    [InlineData("Referenzfahrten")]
    [InlineData("Kühlmittel-Pumpe")]
    public void GermanTerms_AreTheWordTermsTheIndexStores(string word) =>
        Assert.Equal(Analysis.IndexTerms(word, "de")[0], Assert.Single(Analysis.GermanTerms(word)));

    private static string Key(string german) => string.Join(' ', Analysis.GermanTerms(german));
}
