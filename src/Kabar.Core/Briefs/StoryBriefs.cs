using Kabar.Model;
using Kabar.Stories;

namespace Kabar.Briefs;

/// <summary>From a batch of annotated articles to one brief per story: cluster, then write each story's brief.</summary>
public static class StoryBriefs
{
    public static IReadOnlyList<Brief> FromArticles(IReadOnlyList<AnnotatedArticle> articles, ClusteringSettings? settings = null)
    {
        var engine = new StoryEngine(settings);
        engine.AddRange(articles.Select(StoryEngine.Features));
        var events = engine.Events;
        var bySource = articles.GroupBy(a => a.Source).ToDictionary(g => g.Key, g => g.First());
        return engine.Stories
            .Select(story =>
            {
                var members = events.Where(e => story.EventIds.Contains(e.Id)).SelectMany(e => e.Sources).Select(s => bySource[s]).ToList();
                return BriefBuilder.Build(story, events, members);
            })
            .OrderByDescending(b => b.Events.Sum(e => e.Articles.Count)).ThenBy(b => b.Id, StringComparer.Ordinal)
            .ToList();
    }
}
