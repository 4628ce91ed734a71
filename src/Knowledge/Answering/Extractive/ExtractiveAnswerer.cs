using System.Text.RegularExpressions;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;
using Edge.Knowledge.Storage;

namespace Edge.Knowledge.Answering.Extractive;

/// <summary>
/// Builds an answer from the manuals' own words: the sentences, numbered steps or table rows of
/// the best section that answer the question, in document order, with the section's safety
/// notice kept. Short enough to read aloud; the citations carry the rest.
/// </summary>
internal sealed partial class ExtractiveAnswerer(KnowledgeStore store, SearchIndexCache indexes, TextAnalysis analysis)
{
    private const int MaxUnits = 4;
    private const int MaxChars = 650;
    private const int MaxStepChars = 900;

    /// <summary>The answer for a question from the section of its best search hit.</summary>
    public ExtractedAnswer Compose(AnalyzedQuestion analyzed, string language, IReadOnlyList<SearchHit> hits)
    {
        var question = analyzed.Text;
        var query = analyzed.Terms;
        var asksHow = IsProcedural(question);
        var cited = hits[0];
        // "How do I …" about a section whose steps sit in one of its subsections: read the steps
        // there, keeping the section's own warning.
        var best = asksHow ? StepsBelow(cited) ?? cited : cited;
        var (sectionUnits, passageLanguage) = SectionUnits(best);
        var parentNotice = best == cited ? null : SectionUnits(cited).Units.FirstOrDefault(u => u.Kind == UnitKind.Notice);
        var settingAskedFor = SettingAskedFor(question, query, passageLanguage);
        var readable = AnswerReadability.Readable(sectionUnits, settingAskedFor);
        var units = readable.Count > 0 ? readable : sectionUnits;
        var scorer = new UnitScorer(analysis, query, passageLanguage, units, Quantities.IsAskedFor(question));

        var procedural = asksHow && units.Count(u => u.Kind == UnitKind.Step) >= 2;
        var prose = asksHow && !procedural && Actions(units).Count() >= 2;
        // Asked about a code that a table row lists ("alarm 2041"): that row is the answer, not
        // its neighbours that merely share words like "spindle".
        var codeRows = units.Where(u => u.Kind == UnitKind.TableRow && scorer.NamesQuestionCode(u)).Take(MaxUnits).ToList();
        var chosen = procedural ? ChooseSteps(units, scorer)
            : codeRows.Count > 0 ? [.. codeRows, .. ChooseBest([.. units.Where(u => u.Kind != UnitKind.TableRow)], scorer, MaxUnits - codeRows.Count, required: false)]
            : prose ? ChooseProseSteps(units, scorer)
            : IsShort(units) && units.Any(u => scorer.Score(u) > 0) ? [.. units.Where(u => u.Kind != UnitKind.Notice)]
            : ChooseBest(units, scorer, MaxUnits);
        AddIntroducedLines(units, chosen);
        FillStepGaps(units, chosen);
        AddTableHeaders(units, chosen);
        AnswerReadability.DropDangling(units, chosen);
        AddNotice(parentNotice is null ? units : [parentNotice, .. units], chosen);

        var body = string.Join(' ', chosen.OrderBy(u => u.Position).Select(u => u.Text));
        // A procedure longer than an answer may read says so, instead of stopping as if it were complete.
        if ((procedural || prose) && chosen.Count > 0 && units.Any(u => u.Kind is UnitKind.Step && u.Position > chosen.Max(c => c.Position)))
            body += " " + AnswerPhrases.MoreSteps(language);
        var text = AnswerPhrases.Source(language, best.Title, best.SectionHeadings.LastOrDefault() ?? "", best.Page) + " " + body;
        if (!procedural && !prose && SecondOpinion(query, hits, chosen, scorer, settingAskedFor) is { } also)
            text += " " + AnswerPhrases.Also(language, also.Hit.SectionHeadings.LastOrDefault() ?? also.Hit.Title) + " " + also.Unit.Text;
        return new ExtractedAnswer(text, best);
    }

    /// <summary>A configuration line answers when the question asks for a setting or names the line's key or value.</summary>
    private Func<AnswerUnit, bool> SettingAskedFor(string question, QueryTerms query, string language)
    {
        if (AnswerReadability.AsksForSetting(question, query))
            return _ => true;
        var codes = query.Terms.Where(t => t.Weight >= TextAnalysis.DerivedCodeWeight).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        return unit => codes.Count > 0 && analysis.IndexTerms(unit.Text, language).Any(codes.Contains);
    }

    private static bool IsProcedural(string question) => Procedural().IsMatch(question);

    [GeneratedRegex(@"\b(how (do|can|should|to)|wie (kann|muss|soll|mache|wechsle|stelle|prüfe|gehe)|procedure|steps?|replace|change|calibrate|adjust|tune|set up|install|wechs|tausch|einstell|kalibrier|vorgehen|ablauf|schritt)", RegexOptions.IgnoreCase)]
    private static partial Regex Procedural();
}
