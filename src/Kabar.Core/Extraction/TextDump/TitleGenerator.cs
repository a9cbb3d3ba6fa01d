namespace Kabar.Extraction.TextDump;

/// <summary>A title for a page that prints none: the lead's first sentence, cut to headline length at a clause or a word.</summary>
internal static class TitleGenerator
{
    private const int MaxWords = 16;
    private const int MinClauseWords = 6;

    public static string FromLead(string lead)
    {
        var sentence = FirstSentence(lead.Length > 2000 ? lead[..2000] : lead);
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxWords) return sentence.TrimEnd('.', ',', ';', ':');
        // Prefer the first clause that is long enough: 'X akan menggelar pembicaraan pada 10 Januari, kata Y' → the part before the comma.
        var taken = new List<string>();
        foreach (var word in words.Take(MaxWords + 4))
        {
            taken.Add(word);
            if (taken.Count >= MinClauseWords && word.EndsWith(',')) return string.Join(' ', taken).TrimEnd(',');
        }
        return string.Join(' ', words.Take(MaxWords)).TrimEnd('.', ',', ';', ':') + "…";
    }

    private static string FirstSentence(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && i > 20 && char.IsLower(text[i - 1]))
                return text[..(i + 1)].Trim();
        return text.Trim();
    }
}
