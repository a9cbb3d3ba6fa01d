using Kabar.Model;
using Kabar.Readers;

namespace Kabar.Extraction;

/// <summary>
/// Reads the given paths and extracts every page, in input order. Read failures come back as
/// rejections naming the file and the reason, so one bad file never stops the batch. Template
/// lines are learnt from the batch, on top of a store's counts when one is given (nothing is stored
/// in it); pages the store holds already are not counted twice.
/// </summary>
public static class ExtractionRun
{
    public static IReadOnlyList<ExtractionOutcome> FromPaths(IEnumerable<string> paths, Action? onDocumentDone = null, ReaderOptions? reading = null,
        Storage.IKabarStore? store = null)
    {
        var prior = store?.TemplateCounts() ?? new TextDump.TemplateCounts();
        Func<string, bool> counted = store is null ? _ => false : store.ContainsContent;
        var outcomes = new List<ExtractionOutcome?>();
        var documents = new List<(int Index, RawDocument Document)>();
        foreach (var read in PathReader.Read(paths, reading))
        {
            switch (read)
            {
                case ReadOutcome.Read r:
                    documents.Add((outcomes.Count, r.Document));
                    outcomes.Add(null);
                    break;
                case ReadOutcome.Failed f:
                    outcomes.Add(new ExtractionOutcome.Rejected(f.Source, f.Reason));
                    onDocumentDone?.Invoke();
                    break;
            }
        }
        var extracted = ArticleExtractor.ExtractBatch(documents.Select(d => d.Document).ToList(), prior, counted, ArticleExtractor.DefaultPageBudget, onDocumentDone);
        for (var i = 0; i < documents.Count; i++)
            outcomes[documents[i].Index] = extracted[i];
        return outcomes.Select(o => o!).ToList();
    }

    /// <summary>How many inputs the paths name, for a progress bar; cheap (no file is read).</summary>
    public static int CountInputs(IEnumerable<string> paths) => paths.Sum(p =>
        Directory.Exists(p) ? SafeCount(p) : 1);

    /// <summary>How many bytes the paths hold, as stored (a packed page counts packed); cheap (no file is read), 0 for what cannot be listed.</summary>
    public static long CountBytes(IEnumerable<string> paths) => paths.Sum(p =>
        Directory.Exists(p) ? SafeFiles(p).Sum(f => f.Length) : File.Exists(p) ? new FileInfo(p).Length : 0);

    private static int SafeCount(string folder)
    {
        try { return Directory.EnumerateFiles(folder, "*", Everything).Count(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }

    private static IEnumerable<FileInfo> SafeFiles(string folder)
    {
        try { return new DirectoryInfo(folder).EnumerateFiles("*", Everything).ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }

    private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };
}
