using Kabar.Ingestion;
using Orleans.Placement;

namespace Kabar.Cluster.Grains;

[ResourceOptimizedPlacement]
internal sealed class ChunkGrain : Grain, IChunkGrain
{
    public async Task<IReadOnlyList<PageOutput>> Process(IReadOnlyList<PageInput> pages, string templateJson)
    {
        var template = Kabar.Extraction.TextDump.TemplateLines.FromJson(templateJson);
        // Seconds of CPU work: on the thread pool, not on the grain scheduler's turn.
        var outputs = await Task.Run(() => ChunkStages.FromRaw(pages.Select(p => p.ToDocument()).ToList(), template).Select(PageOutput.From).ToList());
        // One chunk, one activation: nothing is kept, so the silo frees it at once.
        DeactivateOnIdle();
        return outputs;
    }
}
