using System.Text.RegularExpressions;
using Kabar.Web.Tests.Support;
using Microsoft.Playwright;

namespace Kabar.Web.Tests;

/// <summary>
/// The samples' story page read in headless Chromium: in Indonesian every label is Indonesian, and
/// the timeline chart's date labels never overlap, at desktop and phone widths.
/// </summary>
public sealed class StoryPageBrowserTests(SamplesServer samples, Browser browser) : IClassFixture<SamplesServer>, IClassFixture<Browser>
{
    private async Task<IPage> OpenMainStory(string locale, int width = 1280)
    {
        var page = await browser.NewPage(locale, width);
        await page.GotoAsync(samples.Server.Url("/"));
        await page.Locator(".story-card h2 a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/stories/"));
        return page;
    }

    /// <summary>English UI strings that differ from their Indonesian ones, without placeholders, as phrases to look for.</summary>
    private static List<string> EnglishOnlyLabels()
    {
        static Dictionary<string, string> Read(string lang) => File.ReadAllLines(Path.Combine(Repo.Root, "src", "Kabar.Web", "Resources", "Strings", lang + ".tsv"))
            .Where(l => l.Contains('\t') && !l.StartsWith('#')).Select(l => l.Split('\t', 2))
            .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.First()[1]);
        var (en, id) = (Read("en"), Read("id"));
        return en.Where(kv => id.TryGetValue(kv.Key, out var v) && !string.Equals(v, kv.Value, StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => Regex.Split(kv.Value, @"\{\d+\}"))
            .Select(s => s.Trim(' ', ':', '·', ',', '(', ')'))
            .Where(s => s.Length >= 4 && Regex.IsMatch(s, @"^[A-Za-z][A-Za-z ,:'-]*$"))
            .Distinct().ToList();
    }

    [BrowserFact]
    public async Task The_Indonesian_story_page_has_no_English_label()
    {
        var page = await OpenMainStory("id-ID");
        Assert.Equal("id", await page.Locator("html").GetAttributeAsync("lang"));
        // What the page says itself (headings, menu, badges, table heads, captions), not the quoted page text.
        var labels = new List<string>();
        foreach (var selector in new[] { "nav.contents a", "h2", ".disagreement h3", ".quote-group h3", ".badge", "th[scope=col]", "figcaption", "time", ".kicker" })
            labels.AddRange(await page.Locator(selector).AllInnerTextsAsync());
        var disagreements = await page.Locator(".disagreement h3").AllInnerTextsAsync();
        Assert.Equal(3, disagreements.Count);
        Assert.Contains(disagreements, d => d.Contains("Jabatan Sergei Lavrov") && d.Contains("bertentangan"));
        Assert.Contains(disagreements, d => d.Contains("Angka") && d.Contains("bisa sama-sama benar"));

        // The interface's English strings, and the English values of the brief's JSON contract.
        var english = EnglishOnlyLabels().Concat(["unattributed", "date of", "role of", "figure", "conflict", "soft"]).ToList();
        Assert.Contains("Role of", english);
        foreach (var label in labels)
            foreach (var word in english)
                Assert.False(Regex.IsMatch(label, @"(?<!\p{L})" + Regex.Escape(word) + @"(?!\p{L})", RegexOptions.IgnoreCase),
                    $"English '{word}' in the Indonesian label '{label}'");
    }

    [BrowserFact]
    public async Task Timeline_chart_labels_never_overlap()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await OpenMainStory("id-ID", width);
            var labels = page.Locator("#timeline svg.timeline-chart .mark-label");
            var count = await labels.CountAsync();
            Assert.True(count >= 5, $"{count} labels at width {width}");
            var boxes = new List<LocatorBoundingBoxResult>();
            for (var i = 0; i < count; i++) boxes.Add((await labels.Nth(i).BoundingBoxAsync())!);
            for (var i = 0; i < boxes.Count; i++)
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    var (a, b) = (boxes[i], boxes[j]);
                    var overlap = a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
                    Assert.False(overlap, $"labels {i} and {j} overlap at width {width}: ({a.X:0},{a.Y:0},{a.Width:0}x{a.Height:0}) ({b.X:0},{b.Y:0},{b.Width:0}x{b.Height:0})");
                }
        }
    }
}
