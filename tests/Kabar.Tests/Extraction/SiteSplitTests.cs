using Kabar.Evaluation.Extraction;

namespace Kabar.Tests.Extraction;

/// <summary>`kabar eval extract --split` cuts a set by site: every page of one site lands in the same half, and the halves are stable.</summary>
public class SiteSplitTests
{
    [Fact]
    public void Pages_of_one_site_share_a_half_whatever_the_path_or_www()
    {
        var half = ExtractionEvaluator.SiteHalf("https://www.example-news.co.id/a/1.html");
        Assert.Equal(half, ExtractionEvaluator.SiteHalf("http://example-news.co.id/other/path?x=1"));
        Assert.Equal(half, ExtractionEvaluator.SiteHalf("https://EXAMPLE-NEWS.co.id/"));
    }

    [Fact]
    public void Many_sites_fall_into_both_halves_and_no_address_goes_to_half_a()
    {
        var halves = Enumerable.Range(0, 40).Select(i => ExtractionEvaluator.SiteHalf($"https://site{i}.example/")).ToList();
        Assert.Contains(0, halves);
        Assert.Contains(1, halves);
        Assert.Equal(0, ExtractionEvaluator.SiteHalf(null));
        Assert.Equal(0, ExtractionEvaluator.SiteHalf("not a url"));
    }
}
