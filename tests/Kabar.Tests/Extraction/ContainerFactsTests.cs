using System.Text;
using System.Text.Json;
using Kabar.Extraction;
using Kabar.Model;
using Kabar.Serialization;
using Kabar.Storage;

namespace Kabar.Tests.Extraction;

/// <summary>
/// What a page's container (a feed item, a WARC record) says fills what the page does not say, the
/// same for HTML and text dumps; and warnings are typed values: code decides on their kind, the
/// JSON output still lists their messages.
/// </summary>
public class ContainerFactsTests
{
    private static readonly MetadataHints Feed = new("Banjir Rendam Ratusan Rumah di Kota Contoh", PageTime.ParseIso("2022-01-10T08:00:00+07:00"), ["Rina Wati"]);

    private const string Lead = "Banjir merendam ratusan rumah warga di tiga kecamatan setelah hujan deras turun sejak Minggu malam hingga Senin pagi.";
    private const string Second = "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke balai desa yang berada di dataran lebih tinggi.";

    private static Article Extract(string source, string content, MetadataHints? hints) =>
        Assert.IsType<ExtractionOutcome.Extracted>(ArticleExtractor.Extract(new RawDocument(source, Encoding.UTF8.GetBytes(content), Hints: hints))).Article;

    public static TheoryData<string, string> Pages => new()
    {
        { "item.html", $"<html><body><article><p>{Feed.Title}</p><p>{Lead}</p><p>{Second}</p></article></body></html>" },
        { "item.txt", $"{Lead}\n\n{Second}\n" },
    };

    [Theory, MemberData(nameof(Pages))]
    public void A_page_that_states_no_title_date_or_author_takes_its_containers(string source, string content)
    {
        var alone = Extract(source, content, null);
        Assert.True(alone.TitleGenerated);
        Assert.Contains(ExtractionWarning.NoPublishTime, alone.Warnings);

        var fed = Extract(source, content, Feed);
        Assert.Equal(Feed.Title, fed.Title);
        Assert.False(fed.TitleGenerated);
        Assert.Equal(Feed.Published, fed.Published);
        Assert.Equal(Feed.Authors, fed.Authors);
        Assert.DoesNotContain(fed.Warnings, w => w.Kind == ExtractionWarningKind.NoPublishTime);
        // The page's first paragraph repeated the feed's title: that was its headline, not its text.
        Assert.StartsWith("Banjir merendam", fed.Body);
    }

    [Fact]
    public void What_the_page_says_wins_over_its_container()
    {
        var page = $"<html><head><title>Judul Halaman Sendiri</title><meta property=\"article:published_time\" content=\"2022-01-09T07:00:00+07:00\"></head><body><article><p>{Lead}</p><p>{Second}</p></article></body></html>";
        var a = Extract("own.html", page, Feed);
        Assert.Equal("Judul Halaman Sendiri", a.Title);
        Assert.Equal(new DateOnly(2022, 1, 9), a.Published!.Date);
    }

    [Fact]
    public void Warnings_print_as_their_messages_and_are_stored_with_their_kinds()
    {
        var a = Extract("plain.txt", $"{Lead}\n\n{Second}\n", null);
        var warning = Assert.Single(a.Warnings, w => w.Kind == ExtractionWarningKind.NoPublishTime);
        Assert.Contains(warning.Message, ArticleJson.FromArticle(a)["warnings"]!.AsArray().Select(w => (string)w!));
        var stored = StageJson.Article(a);
        Assert.Contains("\"kind\":\"no-publish-time\"", stored);
        Assert.Equal(a.Warnings, StageJson.ReadArticle(stored).Warnings);
    }

    [Fact]
    public void A_warning_stored_as_text_by_an_earlier_Kabar_reads_back_unclassified_with_its_message()
    {
        var old = JsonSerializer.Serialize(new { source = "old.txt", title = "Judul", language = "id", body = "Isi.", warnings = new[] { "no publish time found" } });
        var back = StageJson.ReadArticle(old);
        Assert.Equal([new ExtractionWarning(ExtractionWarningKind.Unclassified, "no publish time found")], back.Warnings);
    }
}
