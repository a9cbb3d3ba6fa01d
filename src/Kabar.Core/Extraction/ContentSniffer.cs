using System.Text.RegularExpressions;
using Kabar.Language;
using Kabar.Resources;

namespace Kabar.Extraction;

/// <summary>What a page's bytes hold, decided from the content and never from the file name.</summary>
public enum PageKind { Empty, Binary, Html, TextDump }

/// <summary>
/// Looks at the first bytes and characters of a page: file signatures (from
/// Resources/Extraction/binary-signatures.tsv), NUL and control bytes, HTML markup.
/// </summary>
public static class ContentSniffer
{
    private const int SniffBytes = 64 * 1024;

    private static readonly IReadOnlyList<(byte[] Magic, string What)> Signatures = KabarResources.Rows("Extraction/binary-signatures.tsv", minColumns: 2)
        .Select(r => (Convert.FromHexString(r[0]), r[1]))
        .ToList();

    // Markup that only HTML opens with: a doctype, <html>, <head> or <body>, possibly after a comment or XML prolog.
    private static readonly Regex HtmlStart = new(@"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant | PatternCompilation.Option, TimeSpan.FromSeconds(1));
    private static readonly Regex HtmlTag = new(@"<(?:html|head|body|div|p|article|span|a|script|meta|br)\b[^>]{0,500}>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | PatternCompilation.Option, TimeSpan.FromSeconds(1));

    /// <summary>Kind of the raw bytes; for binary, <paramref name="what"/> names what it looks like.</summary>
    public static PageKind FromBytes(ReadOnlySpan<byte> bytes, out string what)
    {
        what = "";
        if (IsBlank(bytes)) { what = "empty file"; return PageKind.Empty; }
        foreach (var (magic, name) in Signatures)
            if (bytes.StartsWith(magic)) { what = name; return PageKind.Binary; }
        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (IsUtf16(head)) return PageKind.TextDump; // decoded by TextDecoder from its BOM
        var nul = head.IndexOf((byte)0) >= 0;
        if (nul) { what = "binary data (it contains NUL bytes)"; return PageKind.Binary; }
        var control = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) control++;
        if (control * 100 > head.Length) { what = "binary data (it is full of control bytes)"; return PageKind.Binary; }
        return PageKind.TextDump;
    }

    /// <summary>True when decoded text is an HTML page rather than a plain text dump.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var head = text.Length > SniffBytes ? text[..SniffBytes] : text;
        try
        {
            if (HtmlStart.IsMatch(head)) return true;
            // Markup without a proper opening (a fragment, a truncated page): many tags in the first part.
            return HtmlTag.Matches(head).Count >= 5;
        }
        catch (RegexMatchTimeoutException) { return head.TrimStart().StartsWith('<'); }
    }

    /// <summary>True when text decoded from a page's bytes is mostly replacement characters: not text at all.</summary>
    public static bool IsGarbled(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, SniffBytes));
        var bad = 0;
        foreach (var c in head) if (c == '\uFFFD') bad++;
        return head.Length > 0 && bad * 10 > head.Length;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) bytes = bytes[3..];
        foreach (var b in bytes) if (b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) return false;
        return true;
    }

    private static bool IsUtf16(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
}
