using System.Text;
using System.Text.RegularExpressions;
using Kabar.Language;

namespace Kabar.Extraction.Html;

/// <summary>
/// Text whose UTF-8 bytes were once read as Latin-1 ('Investorâ\u0080\u0099s' for 'Investor’s',
/// 'cafÃ©' for 'café'): pages that copy a headline through a misconfigured tool carry it so in their
/// markup. When every character fits in one Latin-1 byte and those bytes are valid UTF-8, the UTF-8
/// reading is the text the writer meant.
/// </summary>
internal static class MisdecodedText
{
    // A UTF-8 lead byte read as Latin-1 (Â to ô) followed by continuation bytes read as Latin-1 (U+0080 to U+00BF).
    private static readonly Regex Pattern = new(@"[\u00C2-\u00F4][\u0080-\u00BF]", PatternCompilation.Option);
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static string Repair(string text)
    {
        if (!Pattern.IsMatch(text) || text.Any(c => c > '\u00FF')) return text;
        try { return StrictUtf8.GetString(Encoding.Latin1.GetBytes(text)); }
        catch (DecoderFallbackException) { return text; }
    }
}
