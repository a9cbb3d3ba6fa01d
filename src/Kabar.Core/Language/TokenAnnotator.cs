using System.Globalization;
using Kabar.Annotation;
using Kabar.Model;

namespace Kabar.Language;

/// <summary>
/// Splits the body into word, number and punctuation tokens in one left-to-right pass (linear in the
/// length of the text). It keeps together what news writes as one unit: numbers with Indonesian or
/// English separators (1.350.000, 10,20, 1,24), dates and clock times (27/12, 28/12/2021, 14:53),
/// hyphenated words (negara-negara, AS-Rusia), letter-dot abbreviations (U.S., a.n.), listed
/// abbreviations with their full stop (Dr., No., Jl.), initials (R.), currency prefixes (US$) and
/// domain names (Liputan6.com). Each token gets its Lucene stem (null for stop words and punctuation).
/// </summary>
public sealed class TokenAnnotator : IAnnotator
{
    private static readonly WordSet Abbreviations = WordSet.FromResource("Language/abbreviations.txt");

    public string Name => "tokens";
    public AnnotationLayers Requires => AnnotationLayers.None;
    public AnnotationLayers Produces => AnnotationLayers.Tokens;

    public void Annotate(AnnotationDocument document) =>
        Tokenize(document.Text, document.Article.Language, document.Tokens);

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="into"/>, stemmed for <paramref name="language"/>.</summary>
    public static void Tokenize(string text, string? language, List<Token> into)
    {
        var words = TokenWords.For(language);
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (c <= ' ' || c > '~' && (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)) { i++; continue; }
            var end = TokenEnd(text, i);
            var (tokenText, stem) = words.Get(text.AsSpan(i, end - i));
            into.Add(new Token(new TextSpan(i, end), tokenText, stem));
            i = end;
        }
    }

    /// <summary>Where the token that starts at <paramref name="start"/> ends (exclusive).</summary>
    private static int TokenEnd(string text, int start)
    {
        var n = text.Length;
        var c = text[start];
        if (IsWordChar(c))
        {
            var dotted = LetterDotRunEnd(text, start);
            if (dotted > start) return dotted;
            var end = WordEnd(text, start);
            if (end < n && text[end] == '.' && IsAbbreviation(text.AsSpan(start, end - start))) return end + 1;
            if (end < n && text[end] == '$' && end - start <= 3 && IsAllUpper(text.AsSpan(start, end - start))) return end + 1;
            return end;
        }
        if (c == '.')
        {
            var end = start + 1;
            while (end < n && text[end] == '.') end++;
            return end;
        }
        if (char.IsHighSurrogate(c) && start + 1 < n && char.IsLowSurrogate(text[start + 1])) return start + 2;
        return start + 1;
    }

    /// <summary>The end of a run of word characters joined by the marks that may sit inside a word.</summary>
    private static int WordEnd(string text, int start)
    {
        var n = text.Length;
        var j = start;
        while (true)
        {
            while (j < n && IsWordChar(text[j])) j++;
            if (j + 1 >= n || !IsWordChar(text[j + 1]) || !Joins(text, j)) return j;
            j++;
        }
    }

    /// <summary>Whether the mark at <paramref name="at"/>, between two word characters, sits inside one token.</summary>
    private static bool Joins(string text, int at)
    {
        char before = text[at - 1], after = text[at + 1];
        return text[at] switch
        {
            '-' or '\'' or '’' or '‐' => true,
            ',' or '/' or ':' => char.IsDigit(before) && char.IsDigit(after),
            // 1.350.000 and 10.30; a domain (medcom.id, KOMPAS.TV, CO.ID). A capitalised word after
            // the stop (Rusia.Kemudian) is a missing space before a new sentence, not a domain.
            '.' => char.IsDigit(before) && char.IsDigit(after)
                || char.IsLetterOrDigit(before) && char.IsLower(after)
                || char.IsUpper(before) && IsUpperRun(text, at + 1),
            _ => false,
        };
    }

    private static bool IsUpperRun(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            if (!char.IsUpper(text[end])) return false;
            end++;
        }
        return end - start >= 2;
    }

    /// <summary>U.S., a.n., S.H.: two or more single letters each followed by a full stop; else <paramref name="start"/>.</summary>
    private static int LetterDotRunEnd(string text, int start)
    {
        var n = text.Length;
        var j = start;
        var letters = 0;
        while (j + 1 < n && char.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= n || !IsWordChar(text[j + 2]) || j + 3 < n && char.IsLetter(text[j + 2]) && text[j + 3] == '.'))
        {
            letters++;
            j += 2;
        }
        return letters >= 2 ? j : start;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word);

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    internal static bool IsWordChar(char c) => char.IsAscii(c)
        ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
