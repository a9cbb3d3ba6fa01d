using Kabar.Model;

namespace Kabar.Annotation.Quotes;

/// <summary>
/// The quotes of one document: direct quotes (QuoteFinder.Direct.cs), reported speech
/// (QuoteFinder.Reported.cs), then their speakers (QuoteFinder.Speakers.cs), in that order, since
/// reported speech skips words already quoted and speakers of continued quotes are the ones resolved before.
/// </summary>
internal sealed partial class QuoteFinder(TextLayout layout)
{
    /// <summary>Reported speech shorter than this many words is not worth a quote ('kata dia.').</summary>
    private const int MinimumReportedWords = 3;

    /// <summary>Reported speech longer than this many tokens is a run-on text, not a clause someone said.</summary>
    private const int MaximumReportedTokens = 120;

    /// <summary>How far (in tokens) a speaker phrase or a clause before a cue verb is read.</summary>
    private const int MaximumPhraseTokens = 14;

    /// <summary>Words in marks with no cue that still make a quote (fewer inside a sentence are a term in marks).</summary>
    private const int MinimumUncuedWords = 4;

    /// <summary>How many sentences back the speaker of an earlier quote still speaks a quote with no cue.</summary>
    private const int ContinuationSentences = 3;

    private readonly bool[] _quoted = new bool[layout.Tokens.Count];
    /// <summary>Tokens that already attribute a direct quote, so they do not start reported speech too.</summary>
    private readonly bool[] _cueUsed = new bool[layout.Tokens.Count];
    private readonly List<Candidate> _candidates = [];
    private readonly List<(Speaker Speaker, int At, int Sentence, int Paragraph)> _resolved = [];
    private List<EntityMention> _people = [];

    public List<Quote> Find()
    {
        FindDirect();
        FindReported();
        _people = PeopleOutsideQuotes();
        var quotes = new List<Quote>();
        // Parts of one quote left open ('“A' / '“B' / '“C,” kata X'): they wait for the speaker of the part that closes it.
        var open = new List<Candidate>();
        foreach (var c in _candidates.OrderBy(c => c.Content.Start))
        {
            var speaker = Resolve(c);
            if (speaker is null && c.How == Attribution.Continuation && c.Unclosed)
            {
                open.Add(c);
                continue;
            }
            if (speaker is null && !c.Direct) continue;
            foreach (var part in open) quotes.Add(ToQuote(part, c.Direct ? speaker : null));
            open.Clear();
            var at = c.Cue >= 0 ? layout.Tokens[c.Cue].Span.Start : c.Content.Start;
            if (speaker is not null)
                _resolved.Add((speaker, at, layout.SentenceOf[c.Cue >= 0 ? c.Cue : TokenAt(c.Content.Start)], c.Paragraph));
            quotes.Add(ToQuote(c, speaker));
        }
        foreach (var part in open) quotes.Add(ToQuote(part, null));
        quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return quotes;
    }

    /// <summary>The quote as the document keeps it: a speaker who is an entity mention by reference (its index in the document's entity list), else by the words naming them.</summary>
    private Quote ToQuote(Candidate c, Speaker? speaker)
    {
        var cue = c.Cue >= 0 ? layout.Word(c.Cue) : null;
        var text = c.Content.Of(layout.Text);
        if (speaker?.Entity is { } entity)
            return new Quote(c.Content, text, c.Direct, layout.DocumentIndexOf(entity), null,
                speaker.Canonical == entity.Canonical ? null : speaker.Canonical, cue);
        return new Quote(c.Content, text, c.Direct, null, speaker?.Span, speaker?.Canonical, cue);
    }
}
