using Kabar.Model;

namespace Kabar.Readers;

/// <summary>What reading one input gave: a raw document, or the reason it could not be read.</summary>
public abstract record ReadOutcome(string Source)
{
    public sealed record Read(RawDocument Document) : ReadOutcome(Document.Source);
    public sealed record Failed(string Source, string Reason) : ReadOutcome(Source);
}
