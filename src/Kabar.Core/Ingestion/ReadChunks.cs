using Kabar.Model;
using Kabar.Readers;

namespace Kabar.Ingestion;

/// <summary>
/// Step 1 of ingestion: the input cut into chunks of pages not seen before. Unreadable inputs and
/// pages whose content is stored already or came earlier in this run travel with their chunk as
/// notes, so whoever commits the chunk counts them in input order, on one thread.
/// </summary>
public static class ReadChunks
{
    /// <summary>One chunk as read: the pages to extract, and what was left out of it and why.</summary>
    /// <param name="Fresh">Pages whose content is neither stored nor earlier in this run, with its hash.</param>
    /// <param name="Duplicates">Pages left out because their content was stored or came earlier.</param>
    /// <param name="Unreadable">Inputs that could not be read.</param>
    /// <param name="Number">The chunk's place in the input, from 0.</param>
    public sealed record Chunk(List<(RawDocument Document, string Hash)> Fresh, int Duplicates, List<IngestFailure> Unreadable, int Number)
    {
        /// <summary>Pages the chunk took in: each is one tick of the progress bar once it is counted.</summary>
        public int PagesRead => Fresh.Count + Duplicates + Unreadable.Count;
    }

    /// <summary>
    /// Every chunk of <paramref name="pages"/>, in input order, including those with nothing fresh
    /// (their notes still count). <paramref name="isStored"/> says whether a content hash is stored.
    /// </summary>
    public static IEnumerable<Chunk> Of(IEnumerable<ReadOutcome> pages, int chunkSize, Func<string, bool> isStored)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var chunk in pages.Chunk(chunkSize))
        {
            var fresh = new List<(RawDocument Document, string Hash)>();
            var unreadable = new List<IngestFailure>();
            var duplicates = 0;
            foreach (var page in chunk)
            {
                switch (page)
                {
                    case ReadOutcome.Failed f:
                        unreadable.Add(new IngestFailure(f.Source, f.Reason, Stored: false));
                        break;
                    case ReadOutcome.Read r:
                        var hash = ContentHash.Of(r.Document.Content.Span);
                        if (!seen.Add(hash) || isStored(hash)) duplicates++;
                        else fresh.Add((r.Document, hash));
                        break;
                }
            }
            yield return new Chunk(fresh, duplicates, unreadable, number++);
        }
    }
}
