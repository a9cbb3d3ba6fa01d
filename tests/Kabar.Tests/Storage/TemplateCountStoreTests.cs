using Kabar.Extraction.TextDump;

namespace Kabar.Tests.Storage;

/// <summary>Template counts on every store: added up across transactions, kept only when committed, cleared on demand.</summary>
public class TemplateCountStoreTests
{
    private static TemplateCounts Pages(string outlet, params string[][] pages) =>
        TemplateCounts.Of(pages.Select(lines => new TemplateSample(outlet, lines)));

    [Theory, SqliteStore, PostgresStore]
    public void Template_counts_add_up_across_transactions_and_read_back_per_outlet(StoreKind kind)
    {
        using var test = new TestStore(kind);
        using (var store = test.Open())
        {
            using (var writer = store.BeginWrite())
            {
                writer.AddTemplateCounts(Pages("pesisir.example", ["beranda", "lembar pagi"], ["beranda"]));
                writer.Commit();
            }
            using (var writer = store.BeginWrite())
            {
                writer.AddTemplateCounts(Pages("pesisir.example", ["beranda", "lembar pagi"]));
                writer.AddTemplateCounts(Pages("", ["menu"]));
                writer.Commit();
            }
            using (var writer = store.BeginWrite())
            {
                writer.AddTemplateCounts(Pages("pesisir.example", ["beranda"]));
                // Not committed: nothing of it is kept.
            }
        }
        using var reopened = test.Open();
        var counts = reopened.TemplateCounts();
        var outlet = counts.Outlets["pesisir.example"];
        Assert.Equal(3, outlet.Pages);
        Assert.Equal(3, outlet.Lines["beranda"]);
        Assert.Equal(2, outlet.Lines["lembar pagi"]);
        Assert.Equal(1, counts.Outlets[""].Pages);
        // Three pages, a line on all of them: the outlet's template.
        Assert.True(counts.Decide().Contains("pesisir.example", "Beranda"));
        Assert.False(counts.Decide().Contains("pesisir.example", "Lembar Pagi"));

        using (var writer = reopened.BeginWrite())
        {
            writer.ClearTemplateCounts();
            writer.Commit();
        }
        Assert.True(reopened.TemplateCounts().IsEmpty);
    }

    [Theory, SqliteStore, PostgresStore]
    public void A_run_reads_only_the_stored_lines_that_can_matter_and_decides_as_with_all_of_them(StoreKind kind)
    {
        using var test = new TestStore(kind);
        using var store = test.Open();
        var stored = Pages("pesisir.example",
            ["beranda", "lembar pagi", "satu kali saja"],
            ["beranda", "lembar pagi", "juga sekali"],
            ["beranda", "berita lain"]);
        using (var writer = store.BeginWrite())
        {
            writer.AddTemplateCounts(stored);
            writer.Commit();
        }
        var run = Pages("pesisir.example", ["lembar pagi", "baru"], ["beranda"]);

        var read = store.TemplateCounts(run).Outlets["pesisir.example"];
        // Every stored page counts; the run's lines come with their stored counts; lines seen once and not in the run stay on disk.
        Assert.Equal(3, read.Pages);
        Assert.Equal(2, read.Lines["lembar pagi"]);
        Assert.Equal(3, read.Lines["beranda"]);
        Assert.False(read.Lines.ContainsKey("satu kali saja"));
        Assert.False(read.Lines.ContainsKey("berita lain"));

        var decided = store.TemplateCounts(run).Plus(run).Decide();
        var withAll = store.TemplateCounts().Plus(run).Decide();
        // Stored twice and once in the run: on 3 of 5 pages, a template line, as with every line read.
        foreach (var line in new[] { "Beranda", "Lembar Pagi", "Satu Kali Saja", "Berita Lain", "Baru" })
            Assert.Equal(withAll.Contains("pesisir.example", line), decided.Contains("pesisir.example", line));
        Assert.True(decided.Contains("pesisir.example", "Lembar Pagi"));
    }
}
