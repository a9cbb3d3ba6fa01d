using Kabar.Language;
using Kabar.Model;

namespace Kabar.Extraction;

/// <summary>
/// A title for a page that prints none, the same for HTML and text dumps: the lead's first sentence
/// (found by the sentence splitter every stage uses, over the shared tokenizer), cut to headline
/// length at a clause or a word.
/// </summary>
internal static class TitleGenerator
{
    private const int MaxWords = 16;
    private const int MinClauseWords = 6;
    /// <summary>The first sentence is looked for in this much of the lead: a sentence is never longer.</summary>
    private const int MaxLeadChars = 2000;

    public static string FromLead(string lead)
    {
        var sentence = FirstSentence(lead.Length > MaxLeadChars ? lead[..MaxLeadChars] : lead);
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
        var tokens = new List<Token>();
        TokenAnnotator.Tokenize(text, null, tokens);
        var sentences = new List<Sentence>();
        SentenceAnnotator.Split(text, tokens, sentences);
        return sentences.Count == 0 ? text.Trim() : text[sentences[0].Span.Start..sentences[0].Span.End].Trim();
    }
}
