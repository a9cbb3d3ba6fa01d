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

    [Fact]
    public void Folds_within_a_half_keep_a_sites_pages_together_and_cut_both_halves()
    {
        var fold = ExtractionEvaluator.SiteFoldWithinHalf("https://www.example-news.co.id/a/1.html", 4);
        Assert.Equal(fold, ExtractionEvaluator.SiteFoldWithinHalf("http://example-news.co.id/other", 4));
        var sites = Enumerable.Range(0, 80).Select(i => $"https://site{i}.example/").ToList();
        foreach (var half in new[] { 0, 1 })
        {
            var folds = sites.Where(u => ExtractionEvaluator.SiteHalf(u) == half).Select(u => ExtractionEvaluator.SiteFoldWithinHalf(u, 4)).Distinct().Count();
            Assert.Equal(4, folds);
        }
    }

    [Fact]
    public void The_penalty_is_chosen_among_the_listed_ones_and_the_fit_repeats_exactly()
    {
        var names = new[] { "right_shape", "noise" };
        var pages = Enumerable.Range(0, 40).Select(i => new ConditionalLogitFit.Page(
            [new Dictionary<string, double> { ["right_shape"] = 1, ["noise"] = i % 3 }, new Dictionary<string, double> { ["noise"] = 1 }],
            new HashSet<int> { 0 }, Fold: i % ConditionalLogitFit.PenaltyFolds)).ToList();
        var (weights, penalty) = ConditionalLogitFit.FitChoosingPenalty(pages, names);
        Assert.Contains(penalty, ConditionalLogitFit.Penalties);
        Assert.True(weights["right_shape"] > 0);
        Assert.Equal(weights, ConditionalLogitFit.FitChoosingPenalty(pages, names).Weights);
    }
}
