using System.Text.Json;
using System.Text.Json.Serialization;
using Kabar.Model;

namespace Kabar.Serialization;

/// <summary>
/// Keeps an <see cref="ExtractionWarning"/> as <c>{"kind": "no-publish-time", "message": "..."}</c>
/// (how stores keep articles); a bare string, as stores written before warnings had kinds hold
/// them, reads back as <see cref="ExtractionWarningKind.Unclassified"/> with that message.
/// </summary>
public sealed class ExtractionWarningConverter : JsonConverter<ExtractionWarning>
{
    private static readonly Dictionary<string, ExtractionWarningKind> ByName =
        Enum.GetValues<ExtractionWarningKind>().ToDictionary(Name, StringComparer.Ordinal);

    /// <summary>The kind as JSON names it: kebab-case (<c>no-publish-time</c>).</summary>
    public static string Name(ExtractionWarningKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    public override ExtractionWarning Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new ExtractionWarning(ExtractionWarningKind.Unclassified, reader.GetString()!);
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a warning is {kind, message} or a string");
        var kind = ExtractionWarningKind.Unclassified;
        string? message = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            if (property == "kind") kind = ByName.GetValueOrDefault(reader.GetString() ?? "", ExtractionWarningKind.Unclassified);
            else if (property == "message") message = reader.GetString();
            else reader.Skip();
        }
        return new ExtractionWarning(kind, message ?? throw new JsonException("a warning has a message"));
    }

    public override void Write(Utf8JsonWriter writer, ExtractionWarning value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", Name(value.Kind));
        writer.WriteString("message", value.Message);
        writer.WriteEndObject();
    }
}
