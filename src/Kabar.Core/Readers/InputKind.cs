namespace Kabar.Readers;

/// <summary>What a file holds, decided from its first bytes, never from its name.</summary>
public enum InputKind
{
    /// <summary>One page: a text dump or an HTML document (extraction tells which).</summary>
    Page,
    /// <summary>A WARC 1.0/1.1 archive, plain or gzip-compressed per record.</summary>
    Warc,
    /// <summary>A crawler's JSON Lines export, one page per line.</summary>
    JsonLines,
    /// <summary>An RSS 2.0 or Atom feed.</summary>
    Feed,
}

/// <summary>Looks at the start of a file (already un-gzipped) to tell its <see cref="InputKind"/>.</summary>
public static class InputSniffer
{
    public static InputKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8)) head = head[3..];
        var start = 0;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        head = head[start..];
        if (head.StartsWith("WARC/"u8)) return InputKind.Warc;
        if (head.Length > 0 && head[0] == (byte)'{' && LooksLikeJsonLines(head)) return InputKind.JsonLines;
        if (head.StartsWith("<?xml"u8) || head.StartsWith("<rss"u8) || head.StartsWith("<feed"u8))
        {
            var text = System.Text.Encoding.UTF8.GetString(head[..Math.Min(head.Length, 2048)]);
            if (text.Contains("<rss", StringComparison.Ordinal) || text.Contains("<feed", StringComparison.Ordinal) || text.Contains("<rdf:RDF", StringComparison.Ordinal))
                return InputKind.Feed;
        }
        return InputKind.Page;
    }

    // A JSON object on the first line that names a page field: crawler exports do, a JSON page would not.
    private static bool LooksLikeJsonLines(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head[..Math.Min(head.Length, 64 * 1024)]);
        var firstLine = text.Split('\n', 2)[0];
        return JsonLinesReader.DefaultFields.PageFields.Any(f => firstLine.Contains($"\"{f}\"", StringComparison.Ordinal))
            || firstLine.Contains("\"url\"", StringComparison.Ordinal);
    }
}
