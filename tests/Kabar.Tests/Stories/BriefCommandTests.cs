using System.Text.Json;
using Kabar.Tests.Support;

namespace Kabar.Tests.Stories;

public class BriefCommandTests
{
    [Fact]
    public void Brief_of_the_samples_prints_stories_as_json()
    {
        var result = KabarProcess.Run("brief", Repo.Samples, "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var stories = doc.RootElement.GetProperty("stories");
        Assert.True(stories.GetArrayLength() >= 1);
        var sources = stories.EnumerateArray().SelectMany(s => s.GetProperty("events").EnumerateArray())
            .SelectMany(e => e.GetProperty("articles").EnumerateArray()).Select(a => Path.GetFileName(a.GetString())).Order().ToList();
        // Each article read lands in exactly one event.
        Assert.NotEmpty(sources);
        Assert.Equal(sources.Distinct().Count(), sources.Count);
        Assert.Subset(Directory.GetFiles(Repo.Samples, "*.txt").Select(Path.GetFileName).ToHashSet(), sources.ToHashSet());
    }

    [Fact]
    public void Asking_for_two_formats_is_a_usage_error_and_no_input_fails()
    {
        Assert.Equal(2, KabarProcess.Run("brief", Repo.Samples, "--json", "--markdown").ExitCode);
        var empty = Directory.CreateTempSubdirectory("kabar-brief-");
        try { Assert.Equal(1, KabarProcess.Run("brief", empty.FullName).ExitCode); }
        finally { empty.Delete(true); }
    }
}
