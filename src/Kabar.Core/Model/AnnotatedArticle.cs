namespace Kabar.Model;

/// <summary>
/// An article with what annotation found in its body. Every span is a character range of
/// <see cref="Article.Body"/>.
/// </summary>
public sealed record AnnotatedArticle(
    Article Article,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<string> Warnings)
{
    public string Body => Article.Body;
    public string Source => Article.Source;
    public string Text(TextSpan span) => span.Of(Article.Body);

    /// <summary>
    /// Who <paramref name="quote"/> is attributed to, read through its reference: the entity mention
    /// it points to (so the canonical name is the entity's, as linking left it), else the words of the
    /// body that name the speaker. Null for an unattributed quote.
    /// </summary>
    public QuoteSpeaker? SpeakerOf(Quote quote)
    {
        if (quote.SpeakerEntity is int i && i >= 0 && i < Entities.Count)
        {
            var e = Entities[i];
            return new QuoteSpeaker(e.Text, e.Span, quote.SpeakerBody ?? e.Canonical, e);
        }
        if (quote.SpeakerSpan is { } span && span.End <= Body.Length)
            return new QuoteSpeaker(Text(span), span, quote.SpeakerBody, null);
        return null;
    }
}

public sealed record Sentence(TextSpan Span);

/// <summary>A word or punctuation mark of the body; <see cref="Stem"/> is the Lucene stem, null for stop words and punctuation.</summary>
public sealed record Token(TextSpan Span, string Text, string? Stem = null);

/// <summary>Entity types; PER, ORG and LOC as in CoNLL, more where the tagger knows them.</summary>
public static class EntityTypes
{
    public const string Person = "PER";
    public const string Organisation = "ORG";
    public const string Location = "LOC";
    public const string Event = "EVT";
    public const string Misc = "MISC";
}

/// <param name="Canonical">The one name used for this entity everywhere (across spellings and languages).</param>
/// <param name="Role">The title or function printed with a person ('Menteri Luar Negeri Rusia').</param>
public sealed record EntityMention(
    TextSpan Span,
    string Text,
    string Type,
    string Canonical,
    string? Role = null,
    TextSpan? RoleSpan = null);

/// <summary>
/// A quote. Its speaker is a reference, not a copy: <see cref="SpeakerEntity"/> points to the entity
/// mention that names them, so the one canonical name lives in the entity layer and a rename there
/// (batch linking) reaches every quote; read it with <see cref="AnnotatedArticle.SpeakerOf"/>.
/// </summary>
/// <param name="Direct">True for quoted words, false for reported speech ('X mengatakan bahwa ...').</param>
/// <param name="SpeakerEntity">The index in <see cref="AnnotatedArticle.Entities"/> of the mention that names the speaker.</param>
/// <param name="SpeakerSpan">The words that name a speaker who is no entity mention (a role, 'juru bicara Badan SAR'; a name the tagger missed); null when <see cref="SpeakerEntity"/> is set.</param>
/// <param name="SpeakerBody">The body the speaker stands for when that is not the mention's own name: a capital for its government ('Beijing': 'Tiongkok').</param>
/// <param name="Cue">The speech verb that attributes the quote (kata, ujar, mengatakan ...).</param>
public sealed record Quote(
    TextSpan Span,
    string Text,
    bool Direct,
    int? SpeakerEntity,
    TextSpan? SpeakerSpan,
    string? SpeakerBody,
    string? Cue);

/// <summary>A quote's speaker as readers show it (<see cref="AnnotatedArticle.SpeakerOf"/>).</summary>
/// <param name="Text">The words of the body that name the speaker ('Lavrov', 'juru bicara Gedung Putih').</param>
/// <param name="Canonical">The one name of the entity (or the body it stands for); null for a speaker named only by a description.</param>
/// <param name="Entity">The entity mention the speaker is, when there is one.</param>
public sealed record QuoteSpeaker(string Text, TextSpan Span, string? Canonical, EntityMention? Entity)
{
    /// <summary>What a speaker is shown as: the canonical name, else the words of the body.</summary>
    public string Name => Canonical ?? Text;
}

/// <summary>TimeML types.</summary>
public static class TimeTypes
{
    public const string Date = "DATE";
    public const string Time = "TIME";
    public const string Duration = "DURATION";
    public const string Set = "SET";
}

/// <param name="Value">A TIMEX3 value: 2022-01-10, 2021-12-27T14:53, 2021-W52, 2022-01, P2D, PAST_REF.</param>
/// <param name="Anchor">What the value was resolved against: <c>published</c>, or the start offset of an earlier expression.</param>
/// <param name="Mod">The TIMEX3 mod: the part of a period ('awal tahun depan': START) or a qualified length ('lebih dari sebulan': MORE_THAN).</param>
public sealed record TimeExpression(
    TextSpan Span,
    string Text,
    string Type,
    string Value,
    string? Anchor,
    string? Mod = null);
