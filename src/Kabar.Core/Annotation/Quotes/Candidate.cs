using Kabar.Model;

namespace Kabar.Annotation.Quotes;

internal enum Attribution
{
    /// <summary>The speaker phrase follows the cue ('kata Lavrov', 'menurut X').</summary>
    PhraseAfterCue,
    /// <summary>The speaker is the subject of the clause that the cue verb ends ('Lavrov mengatakan').</summary>
    SubjectBeforeCue,
    /// <summary>No cue: the speaker of the quote just before.</summary>
    Continuation,
}

/// <param name="From">First token of the speaker phrase or clause.</param>
/// <param name="To">One past its last token.</param>
/// <param name="Unclosed">A quote whose paragraph ended before its closing mark: it goes on in the next paragraph.</param>
internal sealed record Candidate(
    TextSpan Content, bool Direct, int Cue, Attribution How, int From, int To, bool PronounCue, int Paragraph, bool Unclosed = false);

