using Kabar.Annotation.Entities;
using Kabar.Annotation.Entities.Tagging;

namespace Kabar.Tests.Annotation;

/// <summary>The tagger learns on the tokens `annotate` gives it, and its word clusters are rebuilt the same way every time.</summary>
public class EntityTokensAndClustersTests
{
    [Fact]
    public void Corpus_words_are_split_as_the_pipeline_splits_them_and_labels_follow()
    {
        var sentence = new TaggedSentence(
            ["Bursa", "Efek", "Indonesia", "(BEI)", "naik", "(Jokowi)", "Jakarta,", "kata"],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "B-LOC", "O"]);
        var (split, wordOf) = CorpusTokens.Split(sentence);
        Assert.Equal(["Bursa", "Efek", "Indonesia", "(", "BEI", ")", "naik", "(", "Jokowi", ")", "Jakarta", ",", "kata"], split.Words);
        // The acronym in brackets stays in the name, as IDNer marks it; the comma after a name does not.
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER", "I-PER", "B-LOC", "O", "O"], split.Tags);
        Assert.Equal([0, 1, 2, 3, 3, 3, 4, 5, 5, 5, 6, 6, 7], wordOf);
    }

    [Fact]
    public void A_tagger_trained_on_split_tokens_tags_the_corpus_words()
    {
        var sentences = Enumerable.Range(0, 6).Select(_ => new TaggedSentence(
            ["Komisi", "Pemilihan", "Umum", "(KPU)", "di", "Jakarta", "."],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O"])).ToList();
        var tagger = PerceptronTrainer.Train(sentences.Select(s => CorpusTokens.Split(s).Sentence).ToList(), EntityLexicon.Default,
            new PerceptronOptions { Epochs = 5, Bits = 14 }, "fixture");
        Assert.Equal(sentences[0].Tags, CorpusTokens.Tag(tagger, sentences[0].Words));
    }

    [Fact]
    public void Word_clusters_group_words_by_their_neighbours_and_rebuild_identically()
    {
        var corpus = new List<string[]>();
        foreach (var city in new[] { "jakarta", "surabaya", "medan", "bandung" })
            for (var k = 0; k < 5; k++)
            {
                corpus.Add(["warga", "tinggal", "di", city, "sejak", "lama"]);
                corpus.Add(["banjir", "melanda", city, "kemarin"]);
            }
        foreach (var verb in new[] { "mengatakan", "menyatakan", "menegaskan", "menjelaskan" })
            for (var k = 0; k < 5; k++) corpus.Add(["menteri", verb, "bahwa", "harga", "naik"]);
        var options = new WordClusterOptions { Fine = 4, Coarse = 2, Contexts = 20 };
        var first = WordClusterTrainer.Train(corpus, options);
        Assert.Equal(first, WordClusterTrainer.Train(corpus, options));
        var fine = first.ToDictionary(r => r.Word, r => r.Fine);
        Assert.Equal(fine["jakarta"], fine["medan"]);
        Assert.Equal(fine["mengatakan"], fine["menegaskan"]);
        Assert.NotEqual(fine["jakarta"], fine["mengatakan"]);
    }

    [Fact]
    public void Shipped_clusters_are_found_by_the_taggers_hash_of_the_word()
    {
        var clusters = WordClusters.Default;
        Assert.True(clusters.Count > 10_000);
        // Cities share a coarse cluster that a reporting verb is not in.
        Assert.True(clusters.TryGet(WordClusters.KeyOf("jakarta"), out _, out var jakarta));
        Assert.True(clusters.TryGet(WordClusters.KeyOf("surabaya"), out _, out var surabaya));
        Assert.True(clusters.TryGet(WordClusters.KeyOf("mengatakan"), out _, out var said));
        Assert.Equal(jakarta, surabaya);
        Assert.NotEqual(jakarta, said);
        Assert.False(clusters.TryGet(WordClusters.KeyOf("kata-yang-tidak-ada-di-korpus"), out _, out _));
    }
}
