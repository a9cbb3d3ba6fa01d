using System.Globalization;
using System.Text.RegularExpressions;
using Kabar.Resources;

namespace Kabar.Briefs;

/// <summary>
/// What a printed figure can mean, as a range: 'lebih dari 100.000' is above 100,000, 'ratusan
/// ribu' 200,000 to 900,000, '1,5 juta' exactly 1,500,000. The words and what they mean are in
/// Resources/Briefs/figure-words.tsv. Two figures whose ranges overlap can both be true.
/// </summary>
internal readonly record struct FigureRange(double Low, double High)
{
    private static readonly Lazy<(List<(string Word, double Low, double High)> Amounts, Dictionary<string, double> Scales, List<(string Phrase, double Low, double High)> Modifiers)> Words = new(() =>
    {
        var rows = KabarResources.Rows("Briefs/figure-words.tsv").ToList();
        static double N(string s) => s == "open" ? double.PositiveInfinity : double.Parse(s, CultureInfo.InvariantCulture);
        return (
            rows.Where(r => r[0] == "amount" && r.Length >= 4).Select(r => (r[1], N(r[2]), N(r[3]))).OrderByDescending(r => r.Item1.Length).ToList(),
            rows.Where(r => r[0] == "scale" && r.Length >= 3).ToDictionary(r => r[1], r => N(r[2]), StringComparer.OrdinalIgnoreCase),
            rows.Where(r => r[0] == "modifier" && r.Length >= 4).Select(r => (r[1], N(r[2]), N(r[3]))).OrderByDescending(r => r.Item1.Length).ToList());
    });

    private static readonly Regex Digits = new(@"\d[\d.,]*", RegexOptions.CultureInvariant);

    public bool Overlaps(FigureRange other) => Low <= other.High && other.Low <= High;

    /// <summary>The range of a figure as printed ('lebih dari 100.000 tentara'), or null when it holds no amount.</summary>
    public static FigureRange? Of(string figure)
    {
        var (amounts, scales, modifiers) = Words.Value;
        var text = " " + figure.ToLowerInvariant().Trim() + " ";
        var modifier = modifiers.FirstOrDefault(m => text.Contains(" " + m.Phrase + " ", StringComparison.Ordinal));
        double low, high;
        var digits = Digits.Match(text);
        if (digits.Success && Number(digits.Value) is { } value)
        {
            var after = text[(digits.Index + digits.Length)..].Trim().Split(' ').FirstOrDefault() ?? "";
            if (scales.TryGetValue(after, out var scale)) value *= scale;
            (low, high) = (value, value);
        }
        else
        {
            var amount = amounts.FirstOrDefault(a => text.Contains(" " + a.Word + " ", StringComparison.Ordinal));
            if (amount.Word is null) return null;
            (low, high) = (amount.Low, amount.High);
        }
        if (modifier.Phrase is not null)
            (low, high) = (low * modifier.Low, double.IsPositiveInfinity(modifier.High) ? double.PositiveInfinity : high * modifier.High);
        return new FigureRange(low, high);
    }

    /// <summary>Digits as Indonesian print them: '.' groups thousands, ',' marks decimals ('100.000', '1,5').</summary>
    private static double? Number(string digits)
    {
        digits = digits.TrimEnd('.', ',');
        var grouped = Regex.IsMatch(digits, @"^\d{1,3}(\.\d{3})+(,\d+)?$");
        var englishGrouped = Regex.IsMatch(digits, @"^\d{1,3}(,\d{3})+$");
        var plain = grouped ? digits.Replace(".", "").Replace(',', '.') : englishGrouped ? digits.Replace(",", "") : digits.Replace(',', '.');
        return double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
