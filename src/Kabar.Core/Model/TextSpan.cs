namespace Kabar.Model;

/// <summary>
/// A half-open range [Start, End) of character offsets (C# string indices) into one text,
/// usually an article's <see cref="Article.Body"/>. Checked when created, so a span that
/// exists is always well-formed.
/// </summary>
public readonly record struct TextSpan
{
    public int Start { get; }
    public int End { get; }

    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
            throw new ArgumentOutOfRangeException(nameof(start), $"span [{start}, {end}) is not a valid range");
        Start = start;
        End = end;
    }

    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The text the span covers; throws when the span does not fit in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
