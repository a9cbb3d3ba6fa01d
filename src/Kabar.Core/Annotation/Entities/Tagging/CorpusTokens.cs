using Kabar.Language;
using Kabar.Model;

namespace Kabar.Annotation.Entities.Tagging;

/// <summary>
/// Corpus sentences in the tokens `kabar annotate` gives the tagger. NER corpora glue brackets and
/// commas to words ('(BEI)', 'persen),'), which the pipeline's <see cref="TokenAnnotator"/> splits
/// ('(', 'BEI', ')'): a tagger trained on the corpus's tokens would meet a lone '(' for the first time
/// when annotating, and tag the word inside it from unseen features. So training and `kabar eval ner`
/// both re-tokenise every corpus word as the pipeline does, and map the labels onto the pieces:
/// the pieces of a word in a name are in the name from its first letter or digit to its last, with a
/// bracket pair around them, and with whatever joins it to the next word when the name goes on (IDNer's
/// 'Bursa Efek Indonesia (BEI)' keeps its brackets); a comma after a name is not part of it.
/// Tags come back to the corpus's words from each word's first piece with a letter or digit.
/// </summary>
public static class CorpusTokens
{
    /// <summary>The sentence in pipeline tokens, with each piece's corpus word.</summary>
    public static (TaggedSentence Sentence, int[] WordOf) Split(TaggedSentence sentence)
    {
        var pieces = new List<string>();
        var tags = new List<string>();
        var wordOf = new List<int>();
        var tokens = new List<Token>();
        for (var w = 0; w < sentence.Words.Length; w++)
        {
            var word = sentence.Words[w];
            tokens.Clear();
            TokenAnnotator.Tokenize(word, null, tokens);
            if (tokens.Count == 0) tokens.Add(new Token(new TextSpan(0, word.Length), word));
            var tag = sentence.Tags[w];
            var continues = w + 1 < sentence.Tags.Length && tag != "O" && sentence.Tags[w + 1] == "I-" + tag[2..];
            var (first, last) = NameRange(tokens, tag.StartsWith("I-"), continues);
            for (var k = 0; k < tokens.Count; k++)
            {
                pieces.Add(tokens[k].Text);
                wordOf.Add(w);
                tags.Add(tag == "O" || k < first || k > last ? "O" : k == first ? tag : "I-" + tag[2..]);
            }
        }
        return (new TaggedSentence(pieces.ToArray(), tags.ToArray()), wordOf.ToArray());
    }

    /// <summary>Tags the corpus's words as the pipeline would: on pipeline tokens, mapped back to the words.</summary>
    public static string[] Tag(SequenceTagger tagger, string[] words)
    {
        var (split, wordOf) = Split(new TaggedSentence(words, Enumerable.Repeat("O", words.Length).ToArray()));
        var pieceTags = tagger.Tag(split.Words);
        var result = new string[words.Length];
        var core = new int[words.Length];
        Array.Fill(core, -1);
        for (var k = 0; k < wordOf.Length; k++)
        {
            ref var c = ref core[wordOf[k]];
            if (c < 0 || !HasLetterOrDigit(split.Words[c]) && HasLetterOrDigit(split.Words[k])) c = k;
        }
        for (var w = 0; w < words.Length; w++)
        {
            var tag = pieceTags[core[w]];
            // '(Jokowi)' whose '(' opens the name starts an entity at this word.
            for (var k = core[w] - 1; k >= 0 && wordOf[k] == w && tag.StartsWith("I-"); k--)
                if (pieceTags[k] == "B-" + tag[2..]) tag = pieceTags[k];
            result[w] = tag;
        }
        return result;
    }

    /// <summary>The pieces of a word in a name that belong to the name.</summary>
    private static (int First, int Last) NameRange(List<Token> pieces, bool fromBefore, bool goesOn)
    {
        int first = -1, last = -1;
        for (var k = 0; k < pieces.Count; k++)
            if (HasLetterOrDigit(pieces[k].Text))
            {
                if (first < 0) first = k;
                last = k;
            }
        if (first < 0) return (0, pieces.Count - 1);
        while (first > 0 && last + 1 < pieces.Count && Closes(pieces[first - 1].Text, pieces[last + 1].Text))
        {
            first--;
            last++;
        }
        if (fromBefore) first = 0;
        if (goesOn) last = pieces.Count - 1;
        return (first, last);
    }

    private static bool Closes(string open, string close) =>
        (open, close) is ("(", ")") or ("[", "]") or ("\"", "\"") or ("“", "”") or ("'", "'");

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }
}
