using System.Text;
using Kabar.Model;

namespace Kabar.Extraction.Html;

/// <summary>
/// Makes any markup safe to hand to the parser, in linear time and before any DOM exists:
/// drops scripts (except JSON-LD), styles and comments, which are most of a page's bytes and none
/// of its text; cuts markup beyond <see cref="MaxChars"/>; and flattens nesting deeper than
/// <see cref="MaxDepth"/> (as browsers do), because an HTML5 tree builder checks element scope
/// by walking its stack and so goes quadratic on absurd depth.
/// </summary>
internal static class HtmlPreparer
{
    /// <summary>Markup kept for parsing, after scripts and styles are gone; real articles are far smaller.</summary>
    public const int MaxChars = 4_000_000;
    /// <summary>Element nesting kept; browsers stop nesting at 512, real articles stay under 100.</summary>
    public const int MaxDepth = 400;

    /// <param name="ScriptDate">A publish date found in the page's scripts' JSON state, for pages whose markup states none.</param>
    public sealed record Prepared(string Html, IReadOnlyList<ExtractionWarning> Warnings, string? ScriptDate);

    private static readonly HashSet<string> VoidTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    };

    // Elements whose end tag pages usually leave out: not counted, never removed.
    private static readonly HashSet<string> ImpliedEndTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "colgroup", "caption", "html", "head", "body",
    };

    // Looked up by span: a page has thousands of tags, and their names need no string of their own.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidTagNames = VoidTags.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ImpliedEndTagNames = ImpliedEndTags.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Prepared Prepare(string html, ScriptDateFinder scriptDate)
    {
        var warnings = new List<ExtractionWarning>();
        string? foundDate = null;
        var text = StripInert(html, script => foundDate ??= scriptDate.Find(script));
        if (text.Length > MaxChars)
        {
            var cut = text.LastIndexOf('>', MaxChars - 1);
            text = text[..(cut > 0 ? cut + 1 : MaxChars)];
            warnings.Add(new(ExtractionWarningKind.MarkupTruncated, $"page markup is {html.Length / 1_000_000.0:0.#} million characters; only the first {MaxChars / 1_000_000} million (without scripts) were read"));
        }
        var depth = MaxNesting(text);
        if (depth > MaxDepth)
        {
            text = Flatten(text);
            warnings.Add(new(ExtractionWarningKind.MarkupFlattened, $"HTML nested about {depth} levels deep; elements below level {MaxDepth} were flattened"));
        }
        return new Prepared(text, warnings, foundDate);
    }

    /// <summary>Removes &lt;script&gt; (keeping JSON-LD), &lt;style&gt; and comments with a forward scan.</summary>
    internal static string StripInert(string html, ScriptSeen? onScript = null)
    {
        var output = new StringBuilder(html.Length);
        var pos = 0;
        while (pos < html.Length)
        {
            var lt = html.IndexOf('<', pos);
            if (lt < 0) { output.Append(html, pos, html.Length - pos); break; }
            output.Append(html, pos, lt - pos);
            var rest = html.AsSpan(lt);
            if (rest.StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                pos = end < 0 ? html.Length : end + 3;
            }
            else if (StartsWithTag(rest, "script") || StartsWithTag(rest, "style"))
            {
                var name = StartsWithTag(rest, "script") ? "script" : "style";
                var openEnd = html.IndexOf('>', lt);
                var close = openEnd < 0 ? -1 : html.IndexOf("</" + name, openEnd, StringComparison.OrdinalIgnoreCase);
                var closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
                var next = closeEnd < 0 ? html.Length : closeEnd + 1;
                if (name == "script" && openEnd > 0 && html.AsSpan(lt, openEnd - lt).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                    output.Append(html, lt, next - lt);
                else if (name == "script" && openEnd > 0 && onScript is not null)
                    onScript(html.AsSpan(openEnd + 1, (close < 0 ? html.Length : close) - openEnd - 1));
                pos = next;
            }
            else
            {
                output.Append('<');
                pos = lt + 1;
            }
        }
        return output.ToString();
    }

    internal delegate void ScriptSeen(ReadOnlySpan<char> content);

    private static bool StartsWithTag(ReadOnlySpan<char> rest, string name) =>
        rest.Length > name.Length + 1 && rest[1..].StartsWith(name, StringComparison.OrdinalIgnoreCase)
        && (rest[name.Length + 1] is '>' or '/' || char.IsWhiteSpace(rest[name.Length + 1]));

    /// <summary>The deepest element nesting the tags imply, counting only elements that are closed explicitly.</summary>
    private static int MaxNesting(string html)
    {
        int depth = 0, max = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.Closing) depth = Math.Max(0, depth - 1);
            else if (++depth > max) max = depth;
        }
        return max;
    }

    private static string Flatten(string html)
    {
        var output = new StringBuilder(html.Length);
        int depth = 0, pos = 0;
        foreach (var tag in Tags(html))
        {
            var deep = tag.Closing ? depth > MaxDepth : depth >= MaxDepth;
            depth = tag.Closing ? Math.Max(0, depth - 1) : depth + 1;
            if (!deep) continue;
            output.Append(html, pos, tag.Start - pos);
            output.Append(' ');
            pos = tag.End;
        }
        output.Append(html, pos, html.Length - pos);
        return output.ToString();
    }

    private readonly record struct Tag(int Start, int End, bool Closing);

    /// <summary>The counted tags of <paramref name="html"/>: not void, not self-closed, not of elements with implied ends.</summary>
    private static IEnumerable<Tag> Tags(string html)
    {
        var pos = 0;
        while ((pos = html.IndexOf('<', pos)) >= 0 && pos + 1 < html.Length)
        {
            var closing = html[pos + 1] == '/';
            var nameStart = pos + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart])) { pos++; continue; }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            var end = html.IndexOf('>', nameEnd);
            if (end < 0) yield break;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var selfClosed = html[end - 1] == '/';
            if (!VoidTagNames.Contains(name) && !ImpliedEndTagNames.Contains(name) && !(selfClosed && !closing))
                yield return new Tag(pos, end + 1, closing);
            pos = end + 1;
        }
    }
}
