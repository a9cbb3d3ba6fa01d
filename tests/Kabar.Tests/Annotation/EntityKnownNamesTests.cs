using Kabar.Annotation;
using Kabar.Annotation.Entities;
using Kabar.Annotation.Entities.Tagging;
using Kabar.Model;

namespace Kabar.Tests.Annotation;

/// <summary>
/// Known names the tagger left out: trusted within a sentence, added where the article shows it is about them.
/// A tagger that never finds a name isolates the rule from what the shipped tagger happens to find.
/// </summary>
public class EntityKnownNamesTests
{
    private static readonly AnnotationPipeline Pipeline = DefaultAnnotation.CreateBuilder()
        .Replace("entities", new EntityAnnotator(NeverTagger(), EntityLexicon.Default)).Build();

    private static SequenceTagger NeverTagger() => PerceptronTrainer.Train(
        [new TaggedSentence(["tidak", "ada", "nama"], ["O", "O", "O"])], EntityLexicon.Default, new PerceptronOptions { Epochs = 1, Bits = 12 }, "no names");

    private static AnnotatedArticle Annotate(string body) =>
        Pipeline.Annotate(EntityAnnotatorTests.ArticleOf(body), new DateOnly(2022, 1, 10));

    [Fact]
    public void A_known_name_the_tagger_left_out_of_a_lone_sentence_stays_out()
    {
        Assert.Empty(Annotate("Militer Israel menembakkan roket.").Entities);
    }

    [Fact]
    public void A_known_name_the_article_names_in_two_sentences_is_listed_in_each()
    {
        var a = Annotate("Harga gandum naik tajam. Pemerintah Rusia menolak usulan itu. Para pejabat Rusia akan bertemu pekan depan.");
        var rusia = a.Entities.Where(e => e.Canonical == "Rusia").ToList();
        Assert.Equal(2, rusia.Count);
        Assert.All(rusia, e => Assert.Equal("LOC", e.Type));
    }

    [Fact]
    public void A_known_name_in_the_lead_of_an_article_is_its_subject()
    {
        var a = Annotate("Tidak lama setelah itu Moskow bersedia berbicara. Ketegangan masih tinggi.");
        Assert.Contains(a.Entities, e => e.Canonical == "Moskow");
    }
}
