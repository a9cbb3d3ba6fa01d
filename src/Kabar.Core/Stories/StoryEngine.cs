using Kabar.Model;

namespace Kabar.Stories;

/// <summary>
/// Streaming event and story clustering: each article added finds its event (or opens one) and
/// its story. (Placeholder: every article is its own event and story.)
/// </summary>
public sealed class StoryEngine
{
    private readonly List<EventCluster> _events = [];

    public IReadOnlyList<EventCluster> Events => _events;
    public IReadOnlyList<StoryCluster> Stories => _events.Select(e => new StoryCluster(e.StoryId, [e.Id])).ToList();

    public static ArticleFeatures Features(AnnotatedArticle article) =>
        new(article.Source, article.Article.Published?.Date, new Dictionary<string, float>(), [], []);

    public ClusterAssignment Add(ArticleFeatures features)
    {
        var id = $"e{_events.Count + 1}";
        _events.Add(new EventCluster(id, "s" + id[1..], [features.Source]));
        return new ClusterAssignment(features.Source, id, "s" + id[1..], true, true);
    }
}
