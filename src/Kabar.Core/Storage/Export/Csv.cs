namespace Kabar.Storage.Export;

/// <summary>
/// RFC 4180 CSV: a field with a comma, quote or line break is quoted, quotes doubled; rows end with
/// CRLF. Text from pages is data here too: a field a spreadsheet would run as a formula gets a
/// leading apostrophe, so it is shown as the text it is.
/// </summary>
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
        if (LooksLikeFormula(value)) value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>What Excel, LibreOffice and Google Sheets start a formula with (OWASP's CSV injection list): '=', '+', '-', '@', and a tab or carriage return before them.</summary>
    public static bool LooksLikeFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
