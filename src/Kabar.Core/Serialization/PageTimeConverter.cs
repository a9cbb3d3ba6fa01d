using System.Text.Json;
using System.Text.Json.Serialization;
using Kabar.Model;

namespace Kabar.Serialization;

/// <summary>Writes a <see cref="PageTime"/> as its ISO 8601 string (with offset, or a bare day).</summary>
public sealed class PageTimeConverter : JsonConverter<PageTime>
{
    public override PageTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => PageTime.ParseIso(reader.GetString());

    public override void Write(Utf8JsonWriter writer, PageTime value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToIso());
}
