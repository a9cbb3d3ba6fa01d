using Kabar.Annotation;
using Kabar.Annotation.Entities;

namespace Kabar.Tests.Annotation;

public class EntityLinkingTests
{
    [Fact]
    public void Spelling_variants_across_a_batch_become_one_entity_named_as_most_outlets_spell_it()
    {
        var articles = new[]
        {
            EntityAnnotatorTests.ArticleOf("Menteri Luar Negeri Rusia Sergey Lavrov berbicara di Moskow.", "a.txt"),
            EntityAnnotatorTests.ArticleOf("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jenewa. Sergei Lavrov bertemu Wendy Sherman.", "b.txt"),
            EntityAnnotatorTests.ArticleOf("Menurut Putin, Rusia siap berbicara, kata penasihat presiden Yuri Ushakov.", "c.txt"),
            EntityAnnotatorTests.ArticleOf("Presiden Rusia Vladimir Putin dan penasihatnya Yury Ushakov.", "d.txt"),
        };
        var each = articles.Select(a => DefaultAnnotation.Pipeline.Annotate(a)).ToList();
        Assert.Contains(each[0].Entities, e => e.Canonical == "Sergey Lavrov");

        var linked = BatchEntityLinker.Link(each);

        Assert.Contains(linked[0].Entities, e => e.Text == "Sergey Lavrov" && e.Canonical == "Sergei Lavrov");
        Assert.Contains(each[0].Entities, e => e.Canonical == "Sergey Lavrov"); // records are not changed in place
        var ushakov = linked.SelectMany(a => a.Entities).Where(e => e.Text.EndsWith("Ushakov")).Select(e => e.Canonical).Distinct().ToList();
        Assert.Single(ushakov);
        Assert.Contains(linked[2].Entities, e => e.Text == "Putin" && e.Canonical == "Vladimir Putin");
    }

    [Fact]
    public void Different_people_with_one_surname_stay_apart()
    {
        var articles = new[]
        {
            EntityAnnotatorTests.ArticleOf("Presiden Joe Biden berbicara di Washington.", "a.txt"),
            EntityAnnotatorTests.ArticleOf("Putra presiden, Hunter Biden, diperiksa jaksa di Delaware.", "b.txt"),
        };
        var linked = BatchEntityLinker.Link(articles.Select(a => DefaultAnnotation.Pipeline.Annotate(a)).ToList());
        var names = linked.SelectMany(a => a.Entities).Where(e => e.Type == "PER").Select(e => e.Canonical).ToHashSet();
        Assert.Contains("Joe Biden", names);
        Assert.Contains("Hunter Biden", names);
    }
}
