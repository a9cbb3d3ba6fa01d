namespace Kabar.Extraction.Html;

/// <summary>
/// Which paragraphs of the chosen container <see cref="BlockModel"/> may cut: all of them, or only
/// where the hand-rule cascade is least sure (its edges, where furniture gathers, or short lines).
/// </summary>
public enum BlockScope
{
    All,
    /// <summary>The first and the last <see cref="BlockScopes.EdgeParagraphs"/> paragraphs.</summary>
    Ends,
    /// <summary>The last <see cref="BlockScopes.EdgeParagraphs"/> paragraphs.</summary>
    Tail,
    /// <summary>Paragraphs under <see cref="BlockScopes.ShortWords"/> words.</summary>
    Short,
}

public static class BlockScopes
{
    public const int EdgeParagraphs = 3;
    public const int ShortWords = 12;

    /// <summary>Whether paragraph <paramref name="k"/> of <paramref name="count"/> is one the model may cut under <paramref name="scope"/>.</summary>
    public static bool Covers(this BlockScope scope, int k, int count, string paragraph) => scope switch
    {
        BlockScope.Ends => k < EdgeParagraphs || k >= count - EdgeParagraphs,
        BlockScope.Tail => k >= count - EdgeParagraphs,
        BlockScope.Short => paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < ShortWords,
        _ => true,
    };
}
