using Kabar.Annotation.Times;
using Kabar.Model;
using Kabar.Tests.Support;

namespace Kabar.Tests.Annotation;

/// <summary>
/// The dates of the samples' timeline (../shared/samples/gold.json), each produced from the phrase that
/// states it, given the article's publish date (extraction supplies it; here it is given).
/// </summary>
public class TimeSamplesTests
{
    [Theory]
    [InlineData("000_398cd5be2b1211ef.txt", "2021-12-28", "hari Senin (27/12)", "2021-12-27")]
    [InlineData("000_398cd5be2b1211ef.txt", "2021-12-28", "10 Januari mendatang", "2022-01-10")]
    [InlineData("000_398cd5be2b1211ef.txt", "2021-12-28", "Satu hari setelahnya", "2022-01-11")]
    [InlineData("000_398cd5be2b1211ef.txt", "2021-12-28", "tanggal 13 Januari", "2022-01-13")]
    [InlineData("001_a7ea77d0840178ec.txt", "2021-12-23", "Kemarin", "2021-12-22")]
    [InlineData("002_033e7a7d67a195c4.txt", "2021-12-28", "Senin (27/12/2021)", "2021-12-27")]
    [InlineData("002_033e7a7d67a195c4.txt", "2021-12-28", "10 Januari tahun depan", "2022-01-10")]
    [InlineData("002_033e7a7d67a195c4.txt", "2021-12-28", "12 Januari", "2022-01-12")]
    [InlineData("002_033e7a7d67a195c4.txt", "2021-12-28", "13 Januari", "2022-01-13")]
    [InlineData("003_9b27d0f2e0a2099b.txt", "2021-12-31", "15 Desember", "2021-12-15")]
    [InlineData("003_9b27d0f2e0a2099b.txt", "2021-12-31", "dua hari kemudian", "2021-12-17")]
    [InlineData("003_9b27d0f2e0a2099b.txt", "2021-12-31", "Kamis", "2021-12-30")]
    [InlineData("003_9b27d0f2e0a2099b.txt", "2021-12-31", "10 Januari", "2022-01-10")]
    [InlineData("004_dac6863e277fbe71.txt", "2022-02-03", "Selasa (1/2)", "2022-02-01")]
    public void Every_timeline_date_comes_from_its_phrase(string file, string published, string phrase, string date)
    {
        var body = File.ReadAllText(Path.Combine(Repo.Samples, file));
        var article = new Article { Source = file, Title = "", Language = "id", Body = body };
        var times = TimeEvaluation.Pipeline().Annotate(article, DateOnly.Parse(published)).Times;
        Assert.Contains(times, t => t.Text == phrase && t.Value.StartsWith(date, StringComparison.Ordinal));
    }

    [Fact]
    public void The_samples_have_no_times_from_figures_or_names()
    {
        var texts = Directory.GetFiles(Repo.Samples, "*.txt").SelectMany(f =>
        {
            var article = new Article { Source = f, Title = "", Language = "id", Body = File.ReadAllText(f) };
            return TimeEvaluation.Pipeline().Annotate(article, new DateOnly(2021, 12, 28)).Times.Select(t => t.Text);
        }).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("100.000") || t.Contains("1.350.000") || t.Contains("Today") || t.Contains("10,20"));
        // The samples' real times are found, so the check above is about figures, not about finding nothing.
        Assert.Contains("10 Januari", texts);
        Assert.Contains(texts, t => t.Contains("Desember"));
    }
}
