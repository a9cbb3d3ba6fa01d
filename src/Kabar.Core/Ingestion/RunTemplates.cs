using Kabar.Extraction;
using Kabar.Extraction.TextDump;
using Kabar.Readers;

namespace Kabar.Ingestion;

/// <summary>
/// The counting pass before a run: every page the run will store (not stored already, the first of
/// its content in the run) that is a text dump is read as extraction reads it and counted, so the
/// template lines of the whole run, with what the store knew, are decided before the first chunk is
/// extracted. Pages are read in batches across all cores; nothing but the counts is kept.
/// </summary>
public static class RunTemplates
{
    private const int Batch = 256;

    /// <summary>The template lines a run over <paramref name="pages"/> extracts with: the store's counts and the run's, decided.</summary>
    public static TemplateLines Decide(Storage.IKabarStore store, IEnumerable<ReadOutcome> pages)
    {
        // The run is counted first, so the store reads only the lines that can matter to it (not an archive's every line).
        var run = Count(pages, store.ContainsContent);
        return store.TemplateCounts(run).Plus(run).Decide();
    }

    public static TemplateCounts Count(IEnumerable<ReadOutcome> pages, Func<string, bool> isStored)
    {
        var counts = new TemplateCounts();
        var uncounted = new UncountedPages(isStored);
        foreach (var batch in pages.OfType<ReadOutcome.Read>().Chunk(Batch))
        {
            var fresh = batch.Select(r => r.Document).Where(uncounted.Take).ToList();
            foreach (var sample in ArticleExtractor.Samples(fresh).OfType<TemplateSample>()) counts.Add(sample);
        }
        return counts;
    }
}
