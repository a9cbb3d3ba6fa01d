using System.Globalization;
using Kabar.Resources;

namespace Kabar.Stories;

/// <summary>
/// The fitted defaults of the story link (<see cref="ClusteringSettings.StoryEntityWeight"/>,
/// <see cref="ClusteringSettings.StoryThreshold"/>), read from Resources/Stories/story-link.tsv,
/// which `kabar train stories` writes.
/// </summary>
public static class StoryLink
{
    public const string ResourcePath = "Stories/story-link.tsv";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Values = new(() => KabarResources.Table(ResourcePath));

    public static double EntityWeight => Read("entity_weight");

    public static double Threshold => Read("threshold");

    private static double Read(string key) => Values.Value.TryGetValue(key, out var v)
        ? double.Parse(v, CultureInfo.InvariantCulture)
        : throw new InvalidDataException($"{ResourcePath}: no '{key}' row");
}
