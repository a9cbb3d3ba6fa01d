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
}
