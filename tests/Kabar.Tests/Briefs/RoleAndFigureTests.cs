using Kabar.Briefs;

namespace Kabar.Tests.Briefs;

public class RoleAndFigureTests
{
    [Theory]
    [InlineData("Menteri Luar Negeri AS", "Menteri Luar Negeri Amerika")]
    [InlineData("Presiden Amerika Serikat", "Presiden AS")]
    [InlineData("Menlu AS", "Menteri Luar Negeri Amerika Serikat")]
    [InlineData("jubir Kemenlu Rusia", "juru bicara Kementerian Luar Negeri Rusia")]
    [InlineData("Wamenlu", "Wakil Menteri Luar Negeri")]
    [InlineData("Presiden", "Presiden Rusia")]
    public void Two_spellings_of_one_office_agree(string a, string b) => Assert.True(RoleWords.Agree(a, b), $"{RoleWords.Normalise(a)} / {RoleWords.Normalise(b)}");

    [Theory]
    [InlineData("Menteri Luar Negeri Rusia", "juru bicara Kementerian Luar Negeri Rusia")]
    [InlineData("Menteri Luar Negeri AS", "Menteri Pertahanan AS")]
    [InlineData("Wakil Menteri Luar Negeri", "Menteri Luar Negeri")]
    [InlineData("Presiden AS", "Presiden Rusia")]
    public void Different_offices_do_not_agree(string a, string b) => Assert.False(RoleWords.Agree(a, b));

    [Fact]
    public void A_lower_case_as_is_not_the_United_States() =>
        Assert.DoesNotContain("amerika", RoleWords.Normalise("as roda"));

    [Theory]
    [InlineData("lebih dari 100.000 tentara", "ratusan ribu pasukan", true)]
    [InlineData("sekitar 1.000 orang", "1.100 warga", true)]
    [InlineData("120 rumah", "150 rumah", false)]
    [InlineData("puluhan korban", "ratusan korban", false)]
    [InlineData("kurang dari 100.000 tentara", "ratusan ribu pasukan", false)]
    [InlineData("1,5 juta orang", "jutaan orang", false)]
    [InlineData("setidaknya 2 juta orang", "jutaan orang", true)]
    public void Figures_overlap_when_both_can_be_true(string a, string b, bool overlap)
    {
        var (x, y) = (FigureRange.Of(a), FigureRange.Of(b));
        Assert.NotNull(x);
        Assert.NotNull(y);
        Assert.Equal(overlap, x.Value.Overlaps(y.Value));
    }

    [Fact]
    public void Digits_are_read_as_Indonesian_print_them()
    {
        Assert.Equal(new FigureRange(100000, 100000), FigureRange.Of("100.000 tentara"));
        Assert.Equal(new FigureRange(1500000, 1500000), FigureRange.Of("1,5 juta orang"));
        Assert.True(FigureRange.Of("lebih dari 100.000 tentara")!.Value.Low > 100000);
        Assert.Null(FigureRange.Of("pasukan"));
    }
}
