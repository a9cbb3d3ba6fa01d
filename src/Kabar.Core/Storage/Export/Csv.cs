namespace Kabar.Storage.Export;

/// <summary>RFC 4180 CSV: a field with a comma, quote or line break is quoted, quotes doubled; rows end with CRLF.</summary>
public static class Csv
{
    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields)
    {
        writer.Write(string.Join(",", fields.Select(Field)));
        writer.Write("\r\n");
    }

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
