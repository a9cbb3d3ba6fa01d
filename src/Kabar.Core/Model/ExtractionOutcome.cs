namespace Kabar.Model;

/// <summary>What extraction made of one raw document: an article, or the reason there is none.</summary>
public abstract record ExtractionOutcome(string Source)
{
    public sealed record Extracted(Article Article) : ExtractionOutcome(Article.Source);

    /// <summary>No article: the reason names what is wrong with the input (empty, binary, no article text ...).</summary>
    public sealed record Rejected(string Source, string Reason) : ExtractionOutcome(Source);
}
