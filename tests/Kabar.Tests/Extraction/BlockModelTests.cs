using AngleSharp.Html.Parser;
using Kabar.Extraction.Html;
using Kabar.Model;
using static Kabar.Tests.Extraction.HtmlFixtures;

namespace Kabar.Tests.Extraction;

/// <summary>The learnt block model's parts: what it sees of each paragraph, and that a paragraph it scores low is cut.</summary>
public class BlockModelTests
{
    // Shapes the hand rules let through (no boilerplate class, not link-heavy enough): what the model is for.
    private const string NewsletterBox = """<div class="inbox-morning"><p>Berita pilihan setiap pagi langsung di kotak masuk Anda, gratis untuk pembaca setia kami.</p></div>""";
    private const string RelatedList = """<ul class="more-reads"><li>Pilihan redaksi: <a href="/a">Putin dan Biden bicara</a> lewat telepon selama lima puluh menit kemarin malam</li></ul>""";
    private const string CommentBlock = """<div id="reader-voices"><p>Budi: Semoga perundingan ini membawa damai, saya sangat berharap begitu.</p></div>""";

    private static (List<Dictionary<string, double>> Features, IReadOnlyList<string> Paragraphs) Blocks(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var budget = new ExtractionBudget(ExtractionBudget.Default);
        var tree = PageTree.Build(document.DocumentElement, ContentHints.Default, budget);
        var body = tree.Elements.FindIndex(e => e.LocalName == "article");
        var rendered = BlockTextWriter.Render(tree, [body], ContentHints.Default, _ => false, budget);
        return (BlockFeatures.Of(tree, rendered.Paragraphs, rendered.Sources), rendered.Paragraphs);
    }

    [Fact]
    public void EachParagraphCarriesTheClassTokensOfTheBoxItSitsIn()
    {
        var (features, paragraphs) = Blocks($"<html><body><article><p>{Paragraph1}</p>{NewsletterBox}{CommentBlock}</article></body></html>");
        var newsletter = paragraphs.ToList().FindIndex(p => p.StartsWith("Berita pilihan"));
        var comment = paragraphs.ToList().FindIndex(p => p.StartsWith("Budi"));
        Assert.Equal(1, features[newsletter].GetValueOrDefault("cls:inbox"));
        Assert.Equal(1, features[newsletter].GetValueOrDefault("cls:morning"));
        Assert.Equal(1, features[comment].GetValueOrDefault("cls:voices"));
        Assert.False(features[0].ContainsKey("cls:inbox"));
        Assert.Equal(1, features[comment].GetValueOrDefault("last"));
    }

    [Fact]
    public void ARelatedLinksListReadsAsLinksInAList()
    {
        var (features, paragraphs) = Blocks($"<html><body><article><p>{Paragraph1}</p>{RelatedList}</article></body></html>");
        var related = paragraphs.ToList().FindIndex(p => p.StartsWith("Pilihan redaksi"));
        Assert.Equal(1, features[related].GetValueOrDefault("in_list"));
        Assert.True(features[related]["link_density"] > 0.2);
        Assert.Equal(1, features[related].GetValueOrDefault("cls:reads"));
        Assert.Equal(0, features[0]["link_density"]);
        Assert.True(features[0]["stop_share"] > 0);
    }

    [Fact]
    public void AParagraphTheModelScoresLowIsCutAndTheProseStays()
    {
        var model = new BlockModel(new Dictionary<string, double> { ["bias"] = 3, ["cls:inbox"] = -8, ["cls:voices"] = -8 }, 0.5);
        var html = Page(articleExtra: NewsletterBox + CommentBlock);
        var with = Article(HtmlArticleExtractor.Extract(new RawDocument("page.html", System.Text.Encoding.UTF8.GetBytes(html)) { Url = "https://www.contoh.co.id/berita/1" }, html, model));
        var without = Article(Extract(html));

        Assert.Contains("kotak masuk", without.Body);
        Assert.DoesNotContain("kotak masuk", with.Body);
        Assert.DoesNotContain("Semoga perundingan", with.Body);
        Assert.Contains(with.Cut, c => c.Reason == CutReasons.Boilerplate && c.Text.Contains("kotak masuk"));
        Assert.Contains(Paragraph1, with.Body);
        Assert.Contains(Paragraph3, with.Body);
    }

    [Fact]
    public void AScopedModelCutsOnlyWithinItsScopeAndReadsItFromItsFile()
    {
        var model = BlockModel.FromRows([["scope", "tail"], ["threshold", "0.50"], ["bias", "-5"]]);
        var anything = new Dictionary<string, double> { ["bias"] = 1 };
        Assert.Equal(BlockScope.Tail, model.Scope);
        Assert.False(model.Cuts(anything, 0, 10, "Paragraf pertama"));
        Assert.True(model.Cuts(anything, 9, 10, "Paragraf terakhir"));
    }
}
