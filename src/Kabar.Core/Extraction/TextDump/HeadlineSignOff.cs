using System.Text.RegularExpressions;

namespace Kabar.Extraction.TextDump;

/// <summary>
/// A sign-off by its shape, not its words: a closing paragraph that restates the page's own
/// headline and carries a link (<c>Baca artikel SITE, "HEADLINE" selengkapnya https://…</c>, "Read
/// the full story: HEADLINE https://…"). Its words differ on every page, so "the same line on
/// many pages" never catches it; what repeats is the shape: most of the headline's words, a URL,
/// and little else.
/// </summary>
internal static partial class HeadlineSignOff
{
    /// <summary>Share of the headline's words the line must repeat.</summary>
    private const double MinHeadlineShare = 0.6;
    /// <summary>Words beside the headline's and the link's: a paragraph that says more is the article's.</summary>
    private const int MaxOtherWords = 12;

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static bool Is(string paragraph, string? headline)
    {
        if (string.IsNullOrWhiteSpace(headline) || !Link().IsMatch(paragraph)) return false;
        var title = Words(headline);
        if (title.Count < 3) return false;
        var words = Words(Link().Replace(paragraph, " "));
        var repeated = title.Count(words.Contains);
        return repeated >= MinHeadlineShare * title.Count && words.Count - repeated <= MaxOtherWords;
    }

    /// <summary>The host of the first link in <paramref name="text"/>, without 'www.'; null when it has none.</summary>
    public static string? LinkHost(string text)
    {
        var m = Link().Match(text);
        if (!m.Success) return null;
        var link = m.Value.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + m.Value : m.Value;
        return Uri.TryCreate(link, UriKind.Absolute, out var u) ? (u.Host.StartsWith("www.", StringComparison.Ordinal) ? u.Host[4..] : u.Host) : null;
    }

    private static HashSet<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);
}
