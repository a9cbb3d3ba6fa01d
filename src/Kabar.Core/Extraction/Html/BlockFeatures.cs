using Kabar.Resources;

namespace Kabar.Extraction.Html;

/// <summary>
/// What <see cref="BlockModel"/> sees of each paragraph the writer rendered from the chosen
/// container: its length, link density, punctuation and stop-word share (prose against furniture),
/// its tag and whether it sits in a list, where it stands among the page's paragraphs, its
/// neighbours' lengths, and the class/id tokens of its element and ancestors (<c>cls:related</c>).
/// </summary>
internal static class BlockFeatures
{
    private const int ClassAncestors = 6;
    private static readonly HashSet<string> StopWords = new(KabarResources.Lines("Extraction/Html/stop-words.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>The fixed features (class/id tokens come on top, named <c>cls:TOKEN</c>).</summary>
    public static readonly IReadOnlyList<string> FixedNames =
    [
        "bias", "log_chars", "link_density", "stop_share", "punct_per_word", "ends_sentence", "starts_upper",
        "tag_p", "tag_li", "tag_heading", "tag_td", "tag_div", "tag_other", "in_list",
        "position", "first", "last", "prev_log_chars", "next_log_chars", "short",
    ];

    public static List<Dictionary<string, double>> Of(PageTree tree, IReadOnlyList<string> paragraphs, IReadOnlyList<int> sources)
    {
        var result = new List<Dictionary<string, double>>(paragraphs.Count);
        for (var k = 0; k < paragraphs.Count; k++)
        {
            var text = paragraphs[k];
            var i = sources[k];
            var f = new Dictionary<string, double>(StringComparer.Ordinal) { ["bias"] = 1 };
            f["log_chars"] = LogChars(text);
            f["link_density"] = i >= 0 ? tree.LinkDensity(i) : 0;
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var wordCount = Math.Max(1, words.Length);
            f["stop_share"] = (double)words.Count(w => StopWords.Contains(w.Trim(',', '.', ';', ':', '"', '\'', '(', ')'))) / wordCount;
            f["punct_per_word"] = Math.Min(1, (double)text.Count(c => c is ',' or '.' or ';' or ':' or '!' or '?') / wordCount);
            var last = text.TrimEnd();
            f["ends_sentence"] = last.Length > 0 && last[^1] is '.' or '!' or '?' or '"' or '”' or '\'' or '’' or ')' ? 1 : 0;
            f["starts_upper"] = text.Length > 0 && char.IsUpper(text[0]) ? 1 : 0;
            f["short"] = words.Length < 8 ? 1 : 0;
            var tag = i >= 0 ? tree.Elements[i].LocalName : "";
            f[tag switch
            {
                "p" => "tag_p",
                "li" => "tag_li",
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => "tag_heading",
                "td" or "th" => "tag_td",
                "div" or "section" or "article" => "tag_div",
                _ => "tag_other",
            }] = 1;
            if (i >= 0 && (tag == "li" || tree.Ancestors(i).Take(ClassAncestors).Any(a => tree.Elements[a].LocalName is "ul" or "ol" or "li"))) f["in_list"] = 1;
            f["position"] = paragraphs.Count > 1 ? (double)k / (paragraphs.Count - 1) : 0;
            if (k == 0) f["first"] = 1;
            if (k == paragraphs.Count - 1) f["last"] = 1;
            f["prev_log_chars"] = k > 0 ? LogChars(paragraphs[k - 1]) : 0;
            f["next_log_chars"] = k + 1 < paragraphs.Count ? LogChars(paragraphs[k + 1]) : 0;
            if (i >= 0)
            {
                foreach (var token in ClassTokens(tree.ClassAndId[i])) f["cls:" + token] = 1;
                foreach (var a in tree.Ancestors(i).Take(ClassAncestors))
                    foreach (var token in ClassTokens(tree.ClassAndId[a])) f["cls:" + token] = 1;
            }
            result.Add(f);
        }
        return result;
    }

    /// <summary>Length on a 0-1-ish scale: log of characters over log of 3,000.</summary>
    private static double LogChars(string text) => Math.Log(1 + text.Length) / 8;

    /// <summary>Runs of letters in a class/id string, three or more long ('related-posts' gives related, posts).</summary>
    public static IEnumerable<string> ClassTokens(string classAndId)
    {
        var start = -1;
        for (var c = 0; c <= classAndId.Length; c++)
        {
            var letter = c < classAndId.Length && classAndId[c] is >= 'a' and <= 'z';
            if (letter && start < 0) start = c;
            else if (!letter && start >= 0)
            {
                if (c - start >= 3) yield return classAndId[start..c];
                start = -1;
            }
        }
    }
}
