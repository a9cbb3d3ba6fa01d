using System.Text.RegularExpressions;
using Kabar.Model;
using Kabar.Resources;

namespace Kabar.Briefs;

/// <summary>
/// Figures of counted things ('lebih dari 100.000 tentara', 'ratusan ribu pasukan') and where
/// outlets give different ones for the same quantity: the same kind of thing (units of one kind
/// in Resources/Stories/quantities.tsv) in sentences that name the same participants and places.
/// </summary>
internal static class FigureFinder
{
    internal sealed record Figure(StoryArticle Article, TextSpan Span, string Value, string Kind, string Unit, HashSet<string> Names);

    private const double SameNames = 0.5;

    private static readonly Lazy<(Regex Pattern, IReadOnlyDictionary<string, string> Units)> Grammar = new(() =>
    {
        var rows = KabarResources.Rows("Stories/quantities.tsv").ToList();
        string Alternatives(string kind) => string.Join("|", rows.Where(r => r[0] == kind).Select(r => Regex.Escape(r[1])).OrderByDescending(s => s.Length));
        var units = rows.Where(r => r[0] == "unit" && r.Length >= 3).ToDictionary(r => r[1], r => r[2], StringComparer.OrdinalIgnoreCase);
        var number = $@"(?:\d[\d.,]*(?:\s+(?:{Alternatives("number")}))?|(?:{Alternatives("number")}))";
        var pattern = new Regex($@"\b(?:(?:{Alternatives("modifier")})\s+)?{number}\s+(?<unit>{Alternatives("unit")})\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return (pattern, units);
    });

    public static List<Figure> Find(IReadOnlyList<StoryArticle> articles)
    {
        var (pattern, units) = Grammar.Value;
        var figures = new List<Figure>();
        foreach (var a in articles)
            foreach (Match m in pattern.Matches(a.Body))
            {
                var span = new TextSpan(m.Index, m.Index + m.Length);
                var sentence = a.SentenceAt(m.Index)?.Span ?? span;
                figures.Add(new Figure(a, span, m.Value, units[m.Groups["unit"].Value], m.Groups["unit"].Value.ToLowerInvariant(), a.Names(sentence)));
            }
        return figures;
    }

    public static IReadOnlyList<Disagreement> Disagreements(IReadOnlyList<Figure> figures)
    {
        var result = new List<Disagreement>();
        var used = new HashSet<Figure>();
        foreach (var f in figures)
        {
            if (used.Contains(f) || f.Names.Count == 0) continue;
            var others = figures.Where(g => g.Kind == f.Kind && g.Article != f.Article && !used.Contains(g)
                                            && StoryArticle.Jaccard(f.Names, g.Names) >= SameNames && Normal(g.Value) != Normal(f.Value)).ToList();
            if (others.Count == 0) continue;
            var group = others.Prepend(f).ToList();
            used.UnionWith(group);
            var claims = group.GroupBy(g => Normal(g.Value)).ToList();
            var ranges = claims.Select(c => FigureRange.Of(c.Key)).ToList();
            // Both can be true when every pair of ranges overlaps ('ratusan ribu' and 'lebih dari 100.000').
            var soft = ranges.All(r => r is not null) && ranges.All(a => ranges.All(b => a!.Value.Overlaps(b!.Value)));
            result.Add(new Disagreement(DisagreementKinds.Figure, soft ? DisagreementStrengths.Soft : DisagreementStrengths.Conflict,
                $"{f.Unit} ({string.Join(", ", f.Names.Order(StringComparer.Ordinal))})",
                claims.Select(g => new Claim(g.First().Value, g.Select(x => x.Article.Cite(x.Span)).ToList())).ToList()));
        }
        return result;
    }

    private static string Normal(string value) => Regex.Replace(value.ToLowerInvariant(), @"\s+", " ");
}
