using Kabar.Annotation.Entities;
using Kabar.Annotation.Entities.Tagging;
using Kabar.Evaluation.Ner;
using Kabar.Tests.Support;

namespace Kabar.Tests.Annotation;

public class EntityTaggerTests
{
    private const string Fixture = """
        Presiden PROPN O
        Joko PROPN B-PER
        Widodo PROPN I-PER
        tiba NOUN O
        di ADP O
        Surabaya PROPN B-LOC
        . PUNCT O

        Partai PROPN B-ORG
        Golkar PROPN I-ORG
        menggelar VERB O
        rapat NOUN O
        di ADP O
        Jakarta PROPN B-LOC
        . PUNCT O

        Budi PROPN B-PER
        Santoso PROPN I-PER
        bertemu VERB O
        Joko PROPN B-PER
        Widodo PROPN I-PER
        di ADP O
        Bandung PROPN B-LOC
        . PUNCT O

        """;

    private static List<TaggedSentence> Sentences() => ConllReader.Read(new StringReader(Fixture), "fixture");

    [Fact]
    public void Reads_conll_with_extra_columns_and_blank_lines()
    {
        var s = Sentences();
        Assert.Equal(3, s.Count);
        Assert.Equal(["Partai", "Golkar", "menggelar", "rapat", "di", "Jakarta", "."], s[1].Words);
        Assert.Equal("I-ORG", s[1].Tags[1]);
    }

    [Fact]
    public void Bad_tag_is_reported_with_its_line()
    {
        var e = Assert.Throws<InvalidDataException>(() => ConllReader.Read(new StringReader("Jakarta LOKASI\n"), "bad.txt"));
        Assert.Contains("bad.txt:1", e.Message);
    }

    [Fact]
    public void Trained_tagger_learns_its_data_and_survives_a_save_and_load()
    {
        var tagger = PerceptronTrainer.Train(Sentences(), EntityLexicon.Default, new PerceptronOptions { Epochs = 5, Bits = 14 }, "fixture");
        Assert.Equal(Sentences()[0].Tags, tagger.Tag(Sentences()[0].Words));
        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;
        var loaded = SequenceTagger.Load(stream, EntityLexicon.Default);
        foreach (var s in Sentences())
            Assert.Equal(tagger.Tag(s.Words), loaded.Tag(s.Words));
        Assert.Equal("fixture", loaded.Description);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_clearly()
    {
        var e = Assert.Throws<InvalidDataException>(() => SequenceTagger.Load(new MemoryStream("not a model"u8.ToArray()), EntityLexicon.Default));
        Assert.Contains("NER model", e.Message);
    }

    [Fact]
    public void Never_starts_an_entity_with_an_inside_tag()
    {
        var entities = 0;
        foreach (var words in new[] { new[] { "Widodo" }, ["Golkar", "dan", "Widodo"], ["Presiden", "Joko", "Widodo", "bertemu", "di", "Jakarta", "."], [] })
        {
            var tags = NerModels.News.Tag(words);
            entities += tags.Count(t => t.StartsWith("B-", StringComparison.Ordinal));
            for (var i = 0; i < tags.Length; i++)
                if (tags[i].StartsWith("I-"))
                    Assert.True(i > 0 && tags[i - 1][2..] == tags[i][2..], string.Join(' ', tags));
        }
        // The tagger must find names here at all, or the check above says nothing.
        Assert.True(entities >= 2, $"{entities} entities tagged");
    }

    [Fact]
    public void Scores_are_exact_span_and_type_as_conlleval()
    {
        var gold = new[] { "B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG" };
        var found = new[] { "B-PER", "O", "O", "B-LOC", "O", "B-LOC" };
        var score = EntityScore.Compute([(gold, found)]);
        var per = score.Types.Single(t => t.Type == "PER");
        Assert.Equal((0, 1, 1), (per.TruePositives, per.FalsePositives, per.FalseNegatives));
        var loc = score.Types.Single(t => t.Type == "LOC");
        Assert.Equal((1, 1, 0), (loc.TruePositives, loc.FalsePositives, loc.FalseNegatives));
        Assert.Equal(1, score.Micro.TruePositives);
        Assert.Equal(3, score.Micro.Gold);
        Assert.Equal(score.Types.Average(t => t.F1), score.MacroF1, 6);
    }

    [Fact]
    public void Eval_ner_scores_a_file_and_names_a_bad_one()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kabar-ner-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, Fixture);
        try
        {
            var ok = KabarProcess.Run("eval", "ner", file, "--json");
            Assert.Equal(0, ok.ExitCode);
            Assert.Contains("\"micro\"", ok.Stdout);
            Assert.Contains("\"PER\"", ok.Stdout);

            File.WriteAllText(file, "Jakarta LOKASI\n");
            var bad = KabarProcess.Run("eval", "ner", file);
            Assert.Equal(1, bad.ExitCode);
            Assert.Contains(file, bad.Stderr);
        }
        finally { File.Delete(file); }
    }
}
