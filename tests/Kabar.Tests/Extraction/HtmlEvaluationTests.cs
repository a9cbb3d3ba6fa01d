using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Kabar.Evaluation.Extraction;
using Kabar.Tests.Support;
using static Kabar.Tests.Extraction.HtmlFixtures;

namespace Kabar.Tests.Extraction;

public class HtmlEvaluationTests
{
    [Fact]
    public void ShinglesScoreAsScrapingHubsScriptDoes()
    {
        // gold 4-grams {a b c d, b c d e}; predicted {a b c d}: tp 1, fn 1, normalised by 2.
        var score = BenchmarkMetrics.Shingles("a b c d e", "a b c d");
        Assert.Equal(1.0, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);
        // Fewer than four tokens make one shingle; case is kept.
        Assert.Equal(0.0, BenchmarkMetrics.Shingles("Rusia menolak", "rusia menolak").Precision, 6);
    }

    [Fact]
    public void WordF1ScoresAsWcxbsScriptDoes()
    {
        var score = BenchmarkMetrics.WordF1("The cat sat, the end", "the CAT");
        Assert.Equal(1.0, score.Precision, 6);
        Assert.Equal(0.4, score.Recall, 6);
        Assert.Equal(1.0, BenchmarkMetrics.WordF1("", "").F1, 6);
        Assert.Equal(0.0, BenchmarkMetrics.WordF1("", "something").F1, 6);
    }

    [Fact]
    public void EvalExtractScoresAWcxbLayoutFolder()
    {
        var dir = Directory.CreateTempSubdirectory("kabar-wcxb-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "html"));
            Directory.CreateDirectory(Path.Combine(dir, "ground-truth"));
            WriteGzip(Path.Combine(dir, "html", "0001.html.gz"), Page(
                head: "<title>Rusia dan AS Bertemu | Contoh Media</title><meta property=\"article:published_time\" content=\"2022-01-09T20:15:00+07:00\">"));
            File.WriteAllText(Path.Combine(dir, "ground-truth", "0001.json"), JsonSerializer.Serialize(new
            {
                url = "https://www.contoh.co.id/berita/1",
                ground_truth = new { title = "Rusia dan AS Bertemu", publish_date = "2022-01-09", main_content = string.Join("\n\n", Paragraph1, Paragraph2, Paragraph3) },
            }));

            var result = KabarProcess.Run("eval", "extract", dir, "--json");

            Assert.Equal(0, result.ExitCode);
            using var report = JsonDocument.Parse(result.Stdout);
            Assert.Equal("wcxb", report.RootElement.GetProperty("benchmark").GetString());
            Assert.Equal(1.0, report.RootElement.GetProperty("f1").GetDouble(), 6);
            Assert.Equal(1.0, report.RootElement.GetProperty("title_accuracy").GetDouble(), 6);
            Assert.Equal(1.0, report.RootElement.GetProperty("date_accuracy").GetDouble(), 6);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void EvalExtractRefusesAFolderThatIsNoBenchmark()
    {
        var dir = Directory.CreateTempSubdirectory("kabar-nobench-").FullName;
        try
        {
            var result = KabarProcess.Run("eval", "extract", dir);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("not a benchmark folder", result.Stderr);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static void WriteGzip(string path, string text)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(text));
    }
}
