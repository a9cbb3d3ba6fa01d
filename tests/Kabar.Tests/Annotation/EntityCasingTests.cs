using Kabar.Annotation;
using Kabar.Model;

namespace Kabar.Tests.Annotation;

/// <summary>Entities as users see them: text that lost its capitals, and officials named by title and acronym.</summary>
public class EntityCasingTests
{
    private static IReadOnlyList<EntityMention> Entities(string body) =>
        DefaultAnnotation.Pipeline.Annotate(new Article { Source = "test", Title = "", Language = "id", Body = body }, new DateOnly(2024, 3, 1)).Entities;

    [Theory]
    [InlineData("presiden joko widodo meresmikan jalan tol baru di semarang bersama menteri basuki hadimuljono pada senin.")]
    [InlineData("PRESIDEN JOKO WIDODO MERESMIKAN JALAN TOL BARU DI SEMARANG BERSAMA MENTERI BASUKI HADIMULJONO PADA SENIN.")]
    public void Text_without_capitals_gets_people_and_places(string body)
    {
        var entities = Entities(body);
        Assert.Contains(entities, e => e.Type == EntityTypes.Person && e.Canonical == "Joko Widodo");
        Assert.Contains(entities, e => e.Type == EntityTypes.Location && e.Canonical == "Semarang");
    }

    [Fact]
    public void Officials_keep_their_whole_name_and_abbreviated_title()
    {
        var entities = Entities("Kapolri Jenderal Listyo Sigit Prabowo dan Mendagri Tito Karnavian meminta DPRD Jabar mendukung Kemendagri dan BPS.");
        Assert.Contains(entities, e => e.Text == "Listyo Sigit Prabowo" && e.Type == EntityTypes.Person);
        Assert.Contains(entities, e => e.Text == "Tito Karnavian" && e.Role == "Mendagri");
        Assert.Contains(entities, e => e.Canonical == "Kementerian Dalam Negeri");
        Assert.Contains(entities, e => e.Canonical == "Badan Pusat Statistik");
        Assert.Contains(entities, e => e.Canonical == "DPRD Jawa Barat");
    }
}
