using Kabar.Model;
using Kabar.Stories;

namespace Kabar.Briefs;

/// <summary>Writes the brief of one story from its annotated articles. (Placeholder: events and coverage only.)</summary>
public static class BriefBuilder
{
    public static Brief Build(StoryCluster story, IReadOnlyList<EventCluster> events, IReadOnlyList<AnnotatedArticle> articles)
    {
        var mine = events.Where(e => story.EventIds.Contains(e.Id)).ToList();
        return new Brief(story.Id, articles.FirstOrDefault()?.Article.Title ?? story.Id,
            mine.Select(e => new BriefEvent(e.Id, e.Id, e.Sources)).ToList(),
            [], [], [], [], [], [], [], []);
    }
}
