using Kabar.Model;

namespace Kabar.Extraction.TextDump;

/// <summary>
/// Which pages template counting takes: each content once (by <see cref="ContentHash"/>: the same
/// page under two names is one page), and none that the counts being added to hold already (a
/// store's pages). Said once for every counting pass: a batch's, a run's, a reprocess's.
/// </summary>
internal sealed class UncountedPages(Func<string, bool> counted)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public bool Take(RawDocument page) => ContentHash.Of(page.Content.Span) is var hash && _seen.Add(hash) && !counted(hash);
}
