using Kabar.Model;

namespace Kabar.Annotation.Entities;

/// <summary>The tokens of one sentence as the entity annotator reads them: words, lower-cased words and their spans.</summary>
internal sealed class SentenceTokens
{
    public SentenceTokens(IReadOnlyList<Token> tokens, int start, int end)
    {
        var n = end - start;
        Words = new string[n];
        Lower = new string[n];
        Spans = new TextSpan[n];
        for (var i = 0; i < n; i++)
        {
            var t = tokens[start + i];
            Words[i] = t.Text;
            Lower[i] = t.Text.ToLowerInvariant();
            Spans[i] = t.Span;
        }
    }

    public string[] Words { get; }
    public string[] Lower { get; }
    public TextSpan[] Spans { get; }
    public int Count => Words.Length;

    public TextSpan Span(int start, int end) => new(Spans[start].Start, Spans[end - 1].End);

    public bool IsCapitalised(int i) => Words[i].Length > 0 && (char.IsUpper(Words[i][0]) || char.IsDigit(Words[i][0]));

    /// <summary>Splits the document's tokens by sentence (a token belongs to the sentence its first character is in).</summary>
    public static List<SentenceTokens> Split(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var result = new List<SentenceTokens>(sentences.Count);
        var t = 0;
        foreach (var sentence in sentences.OrderBy(s => s.Span.Start))
        {
            while (t < tokens.Count && tokens[t].Span.Start < sentence.Span.Start) t++;
            var start = t;
            while (t < tokens.Count && tokens[t].Span.Start < sentence.Span.End) t++;
            if (t > start) result.Add(new SentenceTokens(tokens, start, t));
        }
        return result;
    }
}

/// <summary>An entity found in one sentence, as a token range [Start, End), while the annotator refines it.</summary>
internal sealed class Candidate
{
    public required SentenceTokens Sentence { get; init; }
    public required int Start { get; set; }
    public required int End { get; set; }
    public required string Type { get; set; }
    public string? Canonical { get; set; }
    /// <summary>Token range of the role printed with a person, if any.</summary>
    public (int Start, int End)? Role { get; set; }

    /// <summary>A part of one token, when the mention is inside a hyphenated word ('AS' in 'AS-Rusia').</summary>
    public TextSpan? Part { get; init; }

    public int Length => End - Start;
    public TextSpan Span => Part ?? Sentence.Span(Start, End);
    public string Text(string body) => Span.Of(body);
    public bool Overlaps(Candidate other) => Sentence == other.Sentence && Span.Overlaps(other.Span);

    /// <summary>For each token of the sentence, the mention that covers it (the first listed), so look-ups stay linear.</summary>
    public static Candidate?[] Covering(SentenceTokens sentence, List<Candidate> found)
    {
        var at = new Candidate?[sentence.Count];
        foreach (var c in found)
            for (var k = c.Start; k < c.End; k++) at[k] ??= c;
        return at;
    }
}
