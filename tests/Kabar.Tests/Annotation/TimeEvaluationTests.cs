using Kabar.Annotation.Times;
using Kabar.Tests.Support;

namespace Kabar.Tests.Annotation;

/// <summary>
/// Kabar's own gold sets of time expressions (invented sentences, not a published benchmark): the
/// annotator must stay above what IndoTimex reports on Kompas news (recognition F1 92.87,
/// normalisation 85.26), and `kabar eval times` must report the figures.
/// </summary>
public class TimeEvaluationTests
{
    private static string SetPath(string name) => Path.Combine(Repo.Root, "tests", "Kabar.Tests", "Annotation", name);

    [Theory]
    [InlineData("TimeEvalSet.txt")]
    [InlineData("TimeEvalHeldOut.txt")]
    [InlineData("TimeEvalHeldOut2.txt")]
    public void The_gold_sets_score_above_the_reference_system(string name)
    {
        using var reader = new StreamReader(SetPath(name));
        var documents = TimeEvaluation.Read(reader);
        var score = TimeEvaluation.Score(documents);
        Assert.True(score.Gold >= 40, $"{name}: only {score.Gold} gold expressions");
        Assert.True(score.RelaxedF1 > 0.9287, $"{name}: recognition F1 {score.RelaxedF1:P2}");
        Assert.True(score.ValueAccuracy > 0.8526, $"{name}: value accuracy {score.ValueAccuracy:P2}");
    }

    [Fact]
    public void The_format_is_read_with_offsets_into_the_joined_body()
    {
        var documents = TimeEvaluation.Read(new StringReader("# note\n@ 2021-12-28\nRapat [[besok|2021-12-29]].\nSelama [[tiga bulan|P3M]] dan [[setiap Senin|XXXX-WXX-1|SET]].\n"));
        var d = Assert.Single(documents);
        Assert.Equal("Rapat besok.\n\nSelama tiga bulan dan setiap Senin.", d.Body);
        Assert.Equal(["besok", "tiga bulan", "setiap Senin"], d.Gold.Select(g => d.Body[g.Span.Start..g.Span.End]));
        Assert.Equal(["DATE", "DURATION", "SET"], d.Gold.Select(g => g.Type));
    }

    [Fact]
    public void A_bad_date_line_is_named()
    {
        var e = Assert.Throws<InvalidDataException>(() => TimeEvaluation.Read(new StringReader("@ 28/12/2021\nRapat besok.\n")));
        Assert.Contains("line 1", e.Message);
    }

    [Fact]
    public void The_eval_command_reports_recognition_and_normalisation()
    {
        var result = KabarProcess.Run("eval", "times", SetPath("TimeEvalSet.txt"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("recognition relaxed", result.Stdout);
        Assert.Contains("value accuracy", result.Stdout);
        var missing = KabarProcess.Run("eval", "times", "/nonexistent/times.txt");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("/nonexistent/times.txt", missing.Stderr);
    }
}
