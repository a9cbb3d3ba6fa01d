namespace Kabar.Extraction.TextDump;

/// <summary>
/// Image captions in a text dump: a line that opens like one ('ILUSTRASI.', 'Foto:') or ends with a
/// photo credit ('(Xinhua/Ting Shen)', '(AP Photo)', './AFP'). Patterns are in caption-cues.tsv.
/// </summary>
internal static class Caption
{
    private const int MaxChars = 800;
    // '(Foto: Dok. Pemkab)' credits 'Dok. Pemkab'; the labels are credit-labels.tsv's photo ones.
    private static readonly System.Text.RegularExpressions.Regex CreditLabel = new($@"^\s*(?:{TextDumpCues.PhotoLabelPattern})\s*:\s*",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="line"/> is a caption; <paramref name="credit"/> is its photo credit, if printed.</summary>
    public static bool TryRead(string line, out string? credit)
    {
        credit = null;
        if (line.Length > MaxChars) return false;
        foreach (var pattern in TextDumpCues.CaptionCredits)
        {
            var m = pattern.Match(line);
            if (m.Success)
            {
                credit = CreditLabel.Replace(m.Groups["credit"].Value, "").Trim();
                return true;
            }
        }
        return TextDumpCues.CaptionStarts.Any(p => p.IsMatch(line));
    }
}
