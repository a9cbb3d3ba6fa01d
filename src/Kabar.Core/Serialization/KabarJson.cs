using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Kabar.Serialization;

/// <summary>
/// The JSON conventions of every Kabar output: snake_case names, nulls kept (a missing value is
/// stated, not hidden), Indonesian letters readable, and HTML-significant characters escaped so
/// page text stays inert wherever the JSON is pasted.
/// </summary>
public static class KabarJson
{
    public static readonly JsonSerializerOptions Options = Create(indented: false);
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new PageTimeConverter(), new ExtractionWarningConverter() },
    };
}
