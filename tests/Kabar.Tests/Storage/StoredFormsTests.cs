using Kabar.Ingestion;
using Kabar.Model;
using Kabar.Storage;

namespace Kabar.Tests.Storage;

/// <summary>
/// The stages (on all cores) make an article's stored forms, so the serial commit only writes bytes;
/// what is written from them reads back as the annotated article, as when the writer serialises itself.
/// </summary>
public class StoredFormsTests
{
    [Theory, SqliteStore, PostgresStore]
    public void The_stages_make_the_forms_the_store_keeps_and_they_read_back_as_the_article(StoreKind kind)
    {
        var article = new Article
        {
            Source = "a.txt", Title = "Banjir di Kota Contoh", Language = "id", Published = PageTime.ParseIso("2022-01-03T10:00:00+07:00"),
            Body = "Banjir merendam ratusan rumah warga di Kota Contoh pada Senin (3/1). \"Kami siap membantu,\" kata Wali Kota Budi Santoso.",
        };
        var result = ChunkStages.FromArticles([article]).Single();
        var forms = Assert.IsType<StoredForms>(result.Stored);
        var serialisedHere = StoredForms.Of(result.Article!, result.Features!);
        Assert.Equal(serialisedHere.ArticleJson, forms.ArticleJson);
        Assert.Equal(serialisedHere.Annotation, forms.Annotation);
        Assert.Equal(serialisedHere.FeaturesJson, forms.FeaturesJson);
        Assert.Equal(serialisedHere.Lead, forms.Lead);

        using var test = new TestStore(kind);
        using var store = test.Open();
        long articleId;
        using (var writer = store.BeginWrite())
        {
            var pageId = writer.AddPage(new RawDocument("a.txt", "raw"u8.ToArray()), "hash-a", DateTimeOffset.UtcNow)!.Value;
            articleId = writer.PutArticle(pageId, result.Article!.Article, forms);
            writer.Commit();
        }
        var back = store.Annotated(articleId)!;
        Assert.Equal(result.Article!.Body, back.Body);
        Assert.Equal(result.Article.Tokens, back.Tokens);
        Assert.Equal(result.Article.Entities, back.Entities);
        Assert.Equal(result.Article.Quotes, back.Quotes);
        Assert.Equal(result.Article.Times, back.Times);
    }
}
