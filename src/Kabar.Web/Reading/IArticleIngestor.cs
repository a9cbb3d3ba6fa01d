namespace Kabar.Web.Reading;

/// <summary>Takes uploaded pages into the stories (only when the server runs with --allow-ingest).</summary>
public interface IArticleIngestor
{
    /// <summary>Reads, extracts and stores the pages at <paramref name="paths"/> (files the server itself wrote).</summary>
    UploadReport Ingest(IReadOnlyList<string> paths);
}

/// <summary>What an upload did: articles added, pages already stored, and failures with the CLI's reasons.</summary>
public sealed record UploadReport(int Added, int Duplicates, IReadOnlyList<UploadFailure> Failed);

public sealed record UploadFailure(string Source, string Reason);
