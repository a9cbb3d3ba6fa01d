using System.Text.Json;
using Kabar.Tests.Support;

namespace Kabar.Tests.Briefs;

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

    /// <summary>What users read off `kabar brief samples`: fails when a sample, an outlet, an event or a disagreement goes missing.</summary>
    [Fact]
    public void Brief_of_the_samples_has_five_outlets_two_events_one_story_and_three_disagreements()
    {
        var result = KabarProcess.Run("brief", Repo.Samples, "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var story = Assert.Single(doc.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal(["Kompas TV", "Kontan", "Liputan6.com", "Medcom.id", "Republika"],
            story.GetProperty("coverage").EnumerateArray().Select(c => c.GetProperty("outlet").GetString()).Order());
        var events = story.GetProperty("events").EnumerateArray()
            .Select(e => string.Join(" ", e.GetProperty("articles").EnumerateArray().Select(a => Path.GetFileName(a.GetString())).Order()))
            .Order().ToList();
        Assert.Equal(["000_398cd5be2b1211ef.txt 001_a7ea77d0840178ec.txt 002_033e7a7d67a195c4.txt 003_9b27d0f2e0a2099b.txt", "004_dac6863e277fbe71.txt"], events);
        var disagreements = story.GetProperty("disagreements").EnumerateArray()
            .Select(d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("strength").GetString()}").Order().ToList();
        Assert.Equal(["date conflict", "figure soft", "role conflict"], disagreements);
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
