using Kabar.Briefs;
using Kabar.Ingestion;
using Kabar.Model;
using Kabar.Storage.Export;
using Kabar.Storage.Sqlite;

namespace Kabar.Tests.Support;

/// <summary>
/// Briefs the way `kabar brief` makes them (BriefCommand): the pages go through
/// <see cref="IngestPipeline"/> into an in-memory store, then <see cref="CorpusExport.AllBriefs"/>.
/// Brief tests use this, so what they check is what users run.
/// </summary>
internal static class PipelineBriefs
{
    public sealed record Result(IReadOnlyList<Brief> Briefs, IReadOnlyDictionary<string, AnnotatedArticle> Articles);

    private static readonly Lazy<Result> SamplesBriefs = new(() => Of([Repo.Samples]));

    /// <summary>The briefs of the five sample pages, made once per test run.</summary>
    public static Result Samples => SamplesBriefs.Value;

    public static Result Of(IReadOnlyList<string> paths)
    {
        using var store = SqliteKabarStore.OpenInMemory();
        new IngestPipeline(store) { ChunkSize = 512 }.Run(paths);
        var briefs = CorpusExport.AllBriefs(store);
        var articles = store.Articles().Select(a => store.Annotated(a.Id)).OfType<AnnotatedArticle>()
            .GroupBy(a => a.Source).ToDictionary(g => g.Key, g => g.First());
        return new Result(briefs, articles);
    }

    /// <summary>Pages written to a fresh folder (file name, text), read through the pipeline, the folder removed after.</summary>
    public static Result OfPages(params (string Name, string Text)[] pages)
    {
        var dir = Directory.CreateTempSubdirectory("kabar-briefs-");
        try
        {
            foreach (var (name, text) in pages) File.WriteAllText(Path.Combine(dir.FullName, name), text);
            return Of([dir.FullName]);
        }
        finally { dir.Delete(true); }
    }
}
