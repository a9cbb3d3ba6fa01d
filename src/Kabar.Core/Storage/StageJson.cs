using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kabar.Model;
using Kabar.Serialization;
using Kabar.Stories;

namespace Kabar.Storage;

/// <summary>
/// How stage outputs are kept in a store: the article and the cluster features as JSON text, the
/// annotation layers (tokens make them large) as Brotli-compressed JSON. Everything written here
/// reads back into the same records, so a later stage can run on what is stored.
/// </summary>
public static class StageJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(KabarJson.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.Converters.Add(new TextSpanConverter());
        return options;
    }

    /// <summary>The annotation of an article without the article itself (stored apart).</summary>
    private sealed record AnnotationLayers(
        IReadOnlyList<Sentence> Sentences,
        IReadOnlyList<Token> Tokens,
        IReadOnlyList<EntityMention> Entities,
        IReadOnlyList<Quote> Quotes,
        IReadOnlyList<TimeExpression> Times,
        IReadOnlyList<string> Warnings);

    public static string Article(Article article) => JsonSerializer.Serialize(article, Options);

    /// <summary>A container's metadata hints about a page (for sending a page to another process), null when there are none.</summary>
    public static string? Hints(MetadataHints? hints) => hints is null ? null : JsonSerializer.Serialize(hints, Options);

    public static MetadataHints? ReadHints(string? json) => json is null ? null : JsonSerializer.Deserialize<MetadataHints>(json, Options);

    public static Article ReadArticle(string json) =>
        JsonSerializer.Deserialize<Article>(json, Options) ?? throw new JsonException("stored article is null");

    public static byte[] Annotation(AnnotatedArticle a)
    {
        var layers = new AnnotationLayers(a.Sentences, a.Tokens, a.Entities, a.Quotes, a.Times, a.Warnings);
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            JsonSerializer.Serialize(brotli, layers, Options);
        return buffer.ToArray();
    }

    public static AnnotatedArticle ReadAnnotation(Article article, byte[] compressed)
    {
        using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var layers = JsonSerializer.Deserialize<AnnotationLayers>(brotli, Options) ?? throw new JsonException("stored annotation is null");
        return new AnnotatedArticle(article, layers.Sentences, layers.Tokens, layers.Entities, layers.Quotes, layers.Times, layers.Warnings);
    }

    public static string Features(ArticleFeatures features) => JsonSerializer.Serialize(features, Options);

    /// <summary>A stem or an entity as stored features spell it: a quoted JSON string (what a look-up by key matches in them).</summary>
    public static string Quoted(string value) => JsonSerializer.Serialize(value, Options);

    public static ArticleFeatures ReadFeatures(string json) =>
        JsonSerializer.Deserialize<ArticleFeatures>(json, Options) ?? throw new JsonException("stored features are null");

    /// <summary>Spans as <c>[start, end]</c>: compact, and read back through the checking constructor.</summary>
    private sealed class TextSpanConverter : JsonConverter<TextSpan>
    {
        public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("a span is [start, end]");
            reader.Read();
            var start = reader.GetInt32();
            reader.Read();
            var end = reader.GetInt32();
            reader.Read();
            if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("a span is [start, end]");
            return new TextSpan(start, end);
        }

        public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(value.Start);
            writer.WriteNumberValue(value.End);
            writer.WriteEndArray();
        }
    }
}
