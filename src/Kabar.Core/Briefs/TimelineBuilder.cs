using System.Globalization;
using System.Text.RegularExpressions;
using Kabar.Model;

namespace Kabar.Briefs;

/// <summary>
/// The dated timeline of a story: every DATE time expression of its articles, with the clause
/// around it as what happens, merged across outlets by date. Also finds where outlets give the
/// same happening different dates.
/// </summary>
internal static partial class TimelineBuilder
{
    internal sealed record Mention(StoryArticle Article, TimeExpression Time, string Date, string Precision, TextSpan Clause)
    {
        public HashSet<string> Names { get; } = Article.Names(Clause);
        public HashSet<string> Stems { get; } = Article.Stems(Clause);
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateValue();

    public static List<Mention> Mentions(IReadOnlyList<StoryArticle> articles) => articles
        .SelectMany(a => a.Annotated.Times
            .Where(t => t.Type == TimeTypes.Date && DateValue().IsMatch(t.Value))
            .Select(t => new Mention(a, t, t.Value, Precision(t.Value), a.ClauseAround(t.Span)))
            .Where(m => Happening.IsHappening(m.Article, m.Time.Span, m.Clause)))
        .ToList();

    private static string Precision(string value) => value.Length switch
    {
        10 => "day",
        8 => "week",
        7 => "month",
        _ => "year",
    };

    /// <summary>
    /// One entry per date: the story's own days first, in order, then the background (weeks,
    /// months and years that restate context). An entry's words come from the earliest report
    /// that tells it in the writer's own words rather than inside a quote.
    /// </summary>
    public static IReadOnlyList<TimelineEntry> Build(IReadOnlyList<Mention> mentions) => mentions
        .GroupBy(m => m.Date)
        .OrderBy(g => g.First().Precision != "day").ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g =>
        {
            var ordered = g.OrderBy(m => m.Article.Article.FirstAppeared?.Value ?? DateTimeOffset.MaxValue)
                .ThenBy(m => m.Article.Source, StringComparer.Ordinal).ThenBy(m => m.Time.Span.Start).ToList();
            var told = ordered.OrderBy(m => m.Article.QuoteAround(m.Time.Span) is not null).First();
            return new TimelineEntry(g.Key, told.Precision, told.Article.Annotated.Text(told.Clause),
                ordered.Select(m => new TimelineCitation(m.Article.Source, m.Clause.Start, m.Clause.End, m.Time.Text, m.Article.Cite(m.Clause).Excerpt)).ToList(),
                told.Precision != "day");
        })
        .ToList();

    /// <summary>Clauses about the same happening name the same participants; this share of names must match.</summary>
    private const double SameNames = 0.6;
    private const double SameWords = 0.1;
    /// <summary>Dates further apart are two happenings, not two accounts of one.</summary>
    private const int MaxDaysApart = 7;

    /// <summary>
    /// Same happening, different date: two day-precise timeline mentions from different articles
    /// whose clauses name the same participants (Jaccard of entities and capitalised names, at
    /// least two each) and share some wording ('Rusia ... NATO ... pertemuan' against 'Rusia dan
    /// NATO ... pembicaraan'), but whose dates differ by a few days. A sequence of happenings in
    /// one article ('10 Januari ..., satu hari setelahnya ...') is not a disagreement, so neither
    /// article may itself give the other's date to a clause about the same participants.
    /// </summary>
    public static IReadOnlyList<Disagreement> DateDisagreements(IReadOnlyList<Mention> mentions)
    {
        var days = mentions.Where(m => m.Precision == "day" && m.Names.Count >= 2).ToList();
        bool Same(Mention a, Mention b) => StoryArticle.Jaccard(a.Names, b.Names) >= SameNames && StoryArticle.Jaccard(a.Stems, b.Stems) >= SameWords;
        bool States(StoryArticle article, string date, Mention like) => days.Any(m => m.Article == article && m.Date == date && Same(m, like));

        var found = new Dictionary<(string, string), List<Mention>>();
        for (var i = 0; i < days.Count; i++)
            for (var j = i + 1; j < days.Count; j++)
            {
                var (a, b) = (days[i], days[j]);
                if (a.Article == b.Article || a.Date == b.Date || !Same(a, b)) continue;
                if (Math.Abs(Day(a.Date).DayNumber - Day(b.Date).DayNumber) > MaxDaysApart) continue;
                if (States(a.Article, b.Date, a) || States(b.Article, a.Date, b)) continue;
                var key = string.CompareOrdinal(a.Date, b.Date) < 0 ? (a.Date, b.Date) : (b.Date, a.Date);
                if (!found.TryGetValue(key, out var list)) found[key] = list = [];
                if (!list.Contains(a)) list.Add(a);
                if (!list.Contains(b)) list.Add(b);
            }
        return found.Select(kv =>
        {
            var what = kv.Value.OrderBy(m => m.Clause.Length).First();
            return new Disagreement(DisagreementKinds.Date, DisagreementStrengths.Conflict, what.Article.Annotated.Text(what.Clause),
                kv.Value.GroupBy(m => m.Date).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new Claim(g.Key, g.Select(m => m.Article.Cite(m.Clause)).Distinct().ToList())).ToList());
        }).ToList();
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
