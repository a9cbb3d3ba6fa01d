using System.Text;

namespace Kabar.Storage.Export;

/// <summary>Page text inside Markdown: every character Markdown (or HTML inside it) would act on is escaped, so text stays text.</summary>
public static class MarkdownText
{
    private const string Special = "\\`*_{}[]()<>#+-.!|~&\"'";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c == '\r') continue;
            if (Special.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Escaped, and folded to one line (for list items and table cells).</summary>
    public static string Inline(string? text) =>
        Escape(string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
}
