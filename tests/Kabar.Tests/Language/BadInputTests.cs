using Kabar.Annotation;
using Kabar.Model;

namespace Kabar.Tests.Language;

/// <summary>Bad bodies get a result, never an exception, and the work grows linearly with the text.</summary>
public class BadInputTests
{
    private const string Sentence = "“Kami siap berunding pada 10 Januari, kata Dr. Andi di Jl. Merdeka No. 5 dengan anggaran Rp 1,24 triliun ";

    private static AnnotatedArticle Annotate(string body) => DefaultAnnotation.Pipeline.Annotate(
        new Article { Source = "bad", Title = "bad", Language = "id", Body = body }, new DateOnly(2024, 1, 1));

    [Fact]
    public void One_sentence_of_200000_characters_is_annotated()
    {
        var body = Repeat(Sentence, 200_000);
        var annotated = Annotate(body);
        Assert.Single(annotated.Sentences);
        Assert.True(annotated.Tokens.Count > 20_000);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\"\"\"“”“")]
    [InlineData("“Tanda kutip tidak pernah ditutup, kata Andi.\n\nParagraf lain tanpa kutipan.")]
    [InlineData("”Terbalik“ kata dia. «Lain» ujarnya. „Jerman“ tambahnya")]
    [InlineData("😀👍🏽 Москва 北京 مرحبا ,,, ??? ... kata , ujarnya")]
    [InlineData("kata")]
    [InlineData(", kata")]
    [InlineData("Menurut")]
    [InlineData("\"")]
    public void Odd_bodies_give_a_result(string body)
    {
        var annotated = Annotate(body);
        foreach (var s in annotated.Sentences) Assert.True(s.Span.End <= body.Length);
        foreach (var q in annotated.Quotes) Assert.Equal(q.Text, q.Span.Of(body));
    }

    [Fact]
    public void An_unclosed_quotation_mark_does_not_swallow_the_next_paragraph()
    {
        var body = "“Tanda kutip tidak pernah ditutup, kata Andi.\n\nParagraf lain tanpa kutipan sama sekali.\n\n“Kutipan ini ditutup dengan benar,” kata Budi.";
        var annotated = Annotate(body);
        Assert.All(annotated.Quotes, q => Assert.DoesNotContain("Paragraf", q.Text));
        // The stray mark costs its own paragraph at most: the closed quote after it is still found whole.
        Assert.Contains(annotated.Quotes, q => q.Text.Contains("Kutipan ini ditutup dengan benar") && !q.Text.Contains("Andi"));
    }

    /// <summary>
    /// Counts memory allocated (a deterministic measure of work, unlike time) on bodies of n and 4n
    /// characters: linear work allocates about four times as much, quadratic work sixteen times.
    /// </summary>
    [Theory]
    [InlineData(Sentence)]
    [InlineData("Kalimat pendek. ")]
    [InlineData("\"Kutipan,\" kata dia. ")]
    [InlineData("Paragraf\n\n")]
    public void Work_grows_linearly_with_the_length_of_the_body(string unit)
    {
        var small = Repeat(unit, 25_000);
        var large = Repeat(unit, 100_000);
        Annotate(small);
        Annotate(large); // warm up: caches and lazily built tables
        var smallWork = Allocated(() => Annotate(small));
        var largeWork = Allocated(() => Annotate(large));
        // Four times the text may cost less than four times the work (caches, fixed costs shared),
        // never much more: the upper bound is what linearity means; the lower only says work grows.
        Assert.InRange(largeWork / (double)smallWork, 1.0, 6.0);
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new System.Text.StringBuilder(length + unit.Length);
        while (builder.Length < length) builder.Append(unit);
        return builder.ToString(0, length);
    }
}
