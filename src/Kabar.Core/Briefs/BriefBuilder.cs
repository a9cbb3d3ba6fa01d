using Kabar.Annotation;
using Kabar.Model;
using Kabar.Stories;
using Kabar.Stories.Passages;

namespace Kabar.Briefs;

/// <summary>
/// Writes the brief of one story from its annotated articles: events, summary, timeline, people,
/// organisations, quotes, coverage, disagreements and shared passages, each item citing spans of
/// the article bodies. Comparisons between articles are quadratic in the story's size, so a story
/// is read through its <see cref="MaxArticles"/> earliest articles.
/// </summary>
public static class BriefBuilder
{
    public const int MaxArticles = 60;
    private const int MaxSharedPassages = 20;

    /// <param name="ids">The store id of each article by source, when they are stored (the brief's <see cref="BriefArticle.Id"/>).</param>
    public static Brief Build(StoryCluster story, IReadOnlyList<EventCluster> events, IReadOnlyList<AnnotatedArticle> articles,
        IReadOnlyDictionary<string, long>? ids = null)
    {
        var mine = events.Where(e => story.EventIds.Contains(e.Id)).ToList();
        var sources = mine.SelectMany(e => e.Sources).ToHashSet(StringComparer.Ordinal);
        var members = articles.Where(a => sources.Count == 0 || sources.Contains(a.Source))
            .OrderBy(a => a.Article.FirstAppeared?.Value ?? DateTimeOffset.MaxValue).ThenBy(a => a.Source, StringComparer.Ordinal)
            .Take(MaxArticles)
            .ToList();
        // Articles are annotated one by one; the story is where they are read together, so this is
        // where the pipeline's batch steps run (one entity's spellings across outlets become one name).
        var read = DefaultAnnotation.Pipeline.AnnotateBatch(members).Select(a => new StoryArticle(a)).ToList();

        var mentions = TimelineBuilder.Mentions(read);
        var names = new StoryNames(read);
        var disagreements = TimelineBuilder.DateDisagreements(mentions)
            .Concat(EntityRoster.RoleDisagreements(read, names))
            .Concat(FigureFinder.Disagreements(FigureFinder.Find(read)))
            .ToList();

        return new Brief(
            story.Id,
            Title(read, read.Select(a => a.Source)),
            mine.Select(e => new BriefEvent(e.Id, Title(read, e.Sources), e.Sources)).ToList(),
            SummaryWriter.Write(read),
            TimelineBuilder.Build(mentions),
            EntityRoster.Build(read, names, EntityTypes.Person),
            EntityRoster.Build(read, names, EntityTypes.Organisation),
            QuoteGrouper.Build(read, names),
            Coverage(read),
            disagreements,
            SharedPassages(read),
            read.Select(a => new BriefArticle(a.Source, ids is not null && ids.TryGetValue(a.Source, out var id) ? id : null,
                a.Article.Title, a.Article.Outlet ?? a.Article.OutletDomain, a.Article.Published?.ToIso(), a.Article.Url)).ToList());
    }

    /// <summary>The headline of the earliest article that has a real one, else of the earliest article.</summary>
    private static string Title(IReadOnlyList<StoryArticle> read, IEnumerable<string> sources)
    {
        var set = sources.ToHashSet(StringComparer.Ordinal);
        var members = read.Where(a => set.Contains(a.Source)).ToList();
        return (members.FirstOrDefault(a => !a.Article.TitleGenerated) ?? members.FirstOrDefault())?.Article.Title ?? "(untitled)";
    }

    private static IReadOnlyList<OutletCoverage> Coverage(IReadOnlyList<StoryArticle> read)
    {
        var first = read.Where(a => a.Article.FirstAppeared is not null).MinBy(a => a.Article.FirstAppeared!.Value)?.Outlet;
        return read.GroupBy(a => a.Outlet)
            .OrderBy(g => g.Min(a => a.Article.FirstAppeared?.Value ?? DateTimeOffset.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OutletCoverage(g.Key,
                g.Select(a => new CoveredArticle(a.Source, a.Article.Title, a.Article.Published?.ToIso())).ToList(),
                g.SelectMany(a => a.Article.WireSources).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                g.Key == first))
            .ToList();
    }

    /// <summary>Passages two articles share, longest first; the passage's text is quoted from the first article.</summary>
    private static IReadOnlyList<SharedPassage> SharedPassages(IReadOnlyList<StoryArticle> read)
    {
        var prints = read.Select(a => PassageFinder.Fingerprint(a.Body)).ToList();
        var found = new List<(int Words, SharedPassage Passage)>();
        for (var i = 0; i < read.Count; i++)
            for (var j = i + 1; j < read.Count; j++)
                foreach (var run in PassageFinder.Shared(prints[i], prints[j]))
                    found.Add((run.Words, new SharedPassage([read[i].Source, read[j].Source], read[i].Body[run.StartA..run.EndA],
                        [read[i].Cite(new TextSpan(run.StartA, run.EndA)), read[j].Cite(new TextSpan(run.StartB, run.EndB))])));
        return found.OrderByDescending(f => f.Words).Take(MaxSharedPassages).Select(f => f.Passage).ToList();
    }
}
