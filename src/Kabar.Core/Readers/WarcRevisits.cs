namespace Kabar.Readers;

/// <summary>
/// What a <c>revisit</c> record may point at: the earlier response records of the same file, found
/// by record id (<c>WARC-Refers-To</c>), by target URI and date (<c>WARC-Refers-To-Target-URI</c> and
/// <c>WARC-Refers-To-Date</c>, WARC 1.1), or by payload digest. The reader streams, so the bodies
/// are kept only up to <see cref="MaxHeldBytes"/>, the oldest let go first; what a record was is
/// remembered after its body is gone, so a revisit can say why it cannot be read.
/// </summary>
internal sealed class WarcRevisits
{
    public const long MaxHeldBytes = 64L * 1024 * 1024;

    /// <summary>An earlier response: its body (null once let go, or when it was not a page) and why it was not read, if it was not.</summary>
    public sealed class Original(string source, byte[]? body, string? contentType, string? notRead)
    {
        public string Source { get; } = source;
        public byte[]? Body { get; set; } = body;
        public string? ContentType { get; } = contentType;
        public string? NotRead { get; set; } = notRead;
    }

    private readonly Dictionary<string, Original> _byKey = new(StringComparer.Ordinal);
    private readonly Queue<Original> _held = new();
    private long _heldBytes;

    public void Remember(IReadOnlyDictionary<string, string> headers, Original original)
    {
        foreach (var key in Keys(headers, refers: false)) _byKey[key] = original;
        if (original.Body is null) return;
        _held.Enqueue(original);
        _heldBytes += original.Body.Length;
        while (_heldBytes > MaxHeldBytes && _held.TryDequeue(out var oldest))
        {
            _heldBytes -= oldest.Body?.Length ?? 0;
            oldest.Body = null;
            oldest.NotRead = $"its body is no longer held (over {MaxHeldBytes / (1024 * 1024)} MiB of pages came after it)";
        }
    }

    /// <summary>The response a revisit record refers to, or null when the file has none that matches.</summary>
    public Original? Find(IReadOnlyDictionary<string, string> revisitHeaders) =>
        Keys(revisitHeaders, refers: true).Select(k => _byKey.GetValueOrDefault(k)).FirstOrDefault(o => o is not null);

    /// <summary>
    /// The keys a record is known by; for a revisit, the keys of the record it refers to. The
    /// record id is the surest, then URI and date, then the payload digest (the same body, which
    /// is what an identical-payload-digest revisit promises).
    /// </summary>
    private static IEnumerable<string> Keys(IReadOnlyDictionary<string, string> h, bool refers)
    {
        if (h.GetValueOrDefault(refers ? "WARC-Refers-To" : "WARC-Record-ID") is { Length: > 0 } id) yield return "id " + id;
        var uri = h.GetValueOrDefault(refers ? "WARC-Refers-To-Target-URI" : "WARC-Target-URI");
        var date = h.GetValueOrDefault(refers ? "WARC-Refers-To-Date" : "WARC-Date");
        if (uri is { Length: > 0 } && date is { Length: > 0 }) yield return $"at {uri.Trim('<', '>')} {date}";
        if (h.GetValueOrDefault("WARC-Payload-Digest") is { Length: > 0 } digest) yield return "digest " + digest;
    }
}
