using Kabar.Model;

namespace Kabar.Web.Reading;

/// <summary>Takes uploaded pages into the stories (only when the server runs with --allow-ingest).</summary>
public interface IArticleIngestor
{
    /// <summary>Reads, extracts and adds the pages at <paramref name="paths"/> (files the server itself wrote).</summary>
    IngestReport Ingest(IReadOnlyList<string> paths);
}

/// <summary>What an upload did: articles added, pages already known, and the rejections with the CLI's reasons.</summary>
public sealed record IngestReport(int Added, int Duplicates, IReadOnlyList<ExtractionOutcome.Rejected> Rejected);
