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

/// <param name="Direct">True for quoted words, false for reported speech ('X mengatakan bahwa ...').</param>
/// <param name="Cue">The speech verb that attributes the quote (kata, ujar, mengatakan ...).</param>
public sealed record Quote(
    TextSpan Span,
    string Text,
    bool Direct,
    string? Speaker,
    string? SpeakerCanonical,
    TextSpan? SpeakerSpan,
    string? Cue);

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
