using System.Text;
using System.Text.RegularExpressions;
using Kabar.Language;
using Kabar.Model;
using UtfUnknown;

namespace Kabar.Readers;

/// <summary>
/// Decodes a raw document's bytes to text, detecting the encoding rather than assuming it, in the
/// order a browser trusts the evidence: a byte-order mark, the charset the container declared (HTTP
/// Content-Type), a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> in the first bytes, then bytes
/// that are valid UTF-8, then statistical detection (UTF.Unknown), then UTF-8.
/// Labels map as the WHATWG Encoding standard says: ISO-8859-1, Latin-1 and ASCII decode as
/// Windows-1252, which is what pages that declare them really contain.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>How far into the page a meta charset is looked for (the HTML standard says 1024 bytes; pages overrun it).</summary>
    private const int MetaScanBytes = 4096;

    private static readonly Regex MetaCharset = new(
        @"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_:.\-]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | PatternCompilation.Option);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(RawDocument document) => Decode(document.Content.Span, document.Charset);

    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (ForLabel(declaredCharset) is { } declared) return declared.GetString(bytes);
        if (ForLabel(SniffMetaCharset(bytes)) is { } meta)
        {
            // A page's own meta tag is often a template's leftover: bytes that are valid UTF-8 with
            // multi-byte sequences are UTF-8 whatever a single-byte label says.
            if (meta.IsSingleByte && HasMultiByteUtf8(bytes) && TryUtf8(bytes) is { } utf8Text) return utf8Text;
            return meta.GetString(bytes);
        }
        if (TryUtf8(bytes) is { } utf8) return utf8;
        if (Detect(bytes) is { } detected) return detected.GetString(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The charset a page's own meta tags declare within its first bytes, or null.</summary>
    public static string? SniffMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaScanBytes)]);
        var match = MetaCharset.Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    /// <summary>The encoding for a charset label, or null when the label is unknown.</summary>
    public static Encoding? ForLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG: these labels all mean windows-1252 on the web.
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "iso_8859-1" or "x-cp1252")
            name = "windows-1252";
        // A page that says UTF-16 in a meta tag but has no BOM is ASCII-compatible in practice.
        if (name.StartsWith("utf-16")) name = "utf-8";
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    private static bool HasMultiByteUtf8(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) if (b >= 0xC2 && b <= 0xF4) return true;
        return false;
    }

    private static string? TryUtf8(ReadOnlySpan<byte> bytes)
    {
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    private static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > 1 << 20 ? bytes[..(1 << 20)] : bytes;
        var result = CharsetDetector.DetectFromBytes(sample.ToArray());
        return result.Detected?.Encoding is { } e && result.Detected.Confidence > 0.3f ? e : ForLabel("windows-1252");
    }
}
