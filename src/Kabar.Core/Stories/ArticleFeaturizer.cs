using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kabar.Model;

namespace Kabar.Stories;

/// <summary>
/// Turns an annotated article into <see cref="ArticleFeatures"/>: weighted stems (title words and
/// names count more, because they say which event this is: who, where), canonical entities, and
/// the days its time expressions resolve to.
/// </summary>
public static class ArticleFeaturizer
{
    /// <summary>How much more a stem written as a name weighs than a common word.</summary>
    public const float NameBoost = 3.0f;
    /// <summary>A title word counts as this many extra occurrences in the body.</summary>
    public const int TitleRepeat = 2;
    /// <summary>Only this many of an article's heaviest stems are kept: enough to place it, small to store.</summary>
    public const int MaxTerms = 150;

    private static readonly HashSet<string> EntityTypesKept = [EntityTypes.Person, EntityTypes.Organisation, EntityTypes.Location, EntityTypes.Event];

    public static ArticleFeatures Features(AnnotatedArticle article)
    {
        var counts = new Dictionary<string, (int Count, bool Name)>();
        void Count(string stem, bool name, int times)
        {
            counts.TryGetValue(stem, out var c);
            counts[stem] = (c.Count + times, c.Name || name);
        }
        foreach (var w in TextStems.Of(article)) Count(w.Stem, w.Name, 1);
        if (!article.Article.TitleGenerated)
            foreach (var w in TextStems.Of(article.Article.Title, article.Article.Language)) Count(w.Stem, false, TitleRepeat);

        var terms = counts
            .Select(kv => (kv.Key, Weight: (1f + MathF.Log(kv.Value.Count)) * (kv.Value.Name ? NameBoost : 1f)))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(MaxTerms)
            .ToDictionary(t => t.Key, t => t.Weight);

        var entities = article.Entities.Where(e => EntityTypesKept.Contains(e.Type))
            .Select(e => e.Canonical).Distinct().OrderBy(e => e, StringComparer.Ordinal).ToList();
        var dates = article.Times.Where(t => t.Type == TimeTypes.Date)
            .Select(t => ParseDay(t.Value)).OfType<DateOnly>().Distinct().Order().ToList();
        return new ArticleFeatures(article.Source, article.Article.Published?.Date, terms, entities, dates, ContentKey(article.Body));
    }

    /// <summary>A TIMEX3 value of day precision (2022-01-10), or null.</summary>
    public static DateOnly? ParseDay(string value) =>
        value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>A short hash of the text: equal texts, equal keys, whatever the order they come in.</summary>
    public static string ContentKey(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
