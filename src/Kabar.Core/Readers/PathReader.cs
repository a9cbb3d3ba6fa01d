using System.Buffers;
using System.IO.Compression;
using Kabar.Model;

namespace Kabar.Readers;

/// <summary>Options for reading inputs: field names for JSON Lines exports.</summary>
public sealed record ReaderOptions(JsonFieldMap? JsonFields = null);

/// <summary>
/// Turns the paths given on the command line into raw documents: files as they are, folders
/// recursively (in a stable, sorted order), gzip-compressed files unpacked (decided by their
/// magic bytes, not their name), and container files (WARC, JSON Lines, RSS/Atom; decided by
/// content) streamed into one document per page. A file that cannot be read becomes a
/// <see cref="ReadOutcome.Failed"/> naming the reason; the rest of the batch goes on.
/// </summary>
public static class PathReader
{
    /// <summary>Pages larger than this are refused rather than read into memory.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static IEnumerable<ReadOutcome> Read(IEnumerable<string> paths, ReaderOptions? options = null)
    {
        options ??= new ReaderOptions();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var outcome in ReadFolder(path, options))
                    yield return outcome;
            }
            else if (File.Exists(path))
            {
                foreach (var outcome in ReadFile(path, options))
                    yield return outcome;
            }
            else
                yield return new ReadOutcome.Failed(path, "no such file or folder");
        }
    }

    private static IEnumerable<ReadOutcome> ReadFolder(string folder, ReaderOptions options)
    {
        List<string> files;
        var failures = new List<ReadOutcome>();
        try
        {
            files = EnumerateFiles(folder, failures).ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return [new ReadOutcome.Failed(folder, $"cannot list folder: {e.Message}")];
        }
        files.Sort(StringComparer.Ordinal);
        return failures.Concat(files.SelectMany(f => ReadFile(f, options)));
    }

    private static IEnumerable<string> EnumerateFiles(string folder, List<ReadOutcome> failures)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            string[] files, folders;
            try
            {
                files = Directory.GetFiles(current);
                folders = Directory.GetDirectories(current);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                failures.Add(new ReadOutcome.Failed(current, $"cannot list folder: {e.Message}"));
                continue;
            }
            foreach (var f in files)
            {
                var name = Path.GetFileName(f);
                if (name.StartsWith('.') || name.Equals("gold.json", StringComparison.OrdinalIgnoreCase)) continue;
                yield return f;
            }
            foreach (var d in folders.OrderByDescending(d => d, StringComparer.Ordinal))
                if (!Path.GetFileName(d).StartsWith('.')) pending.Push(d);
        }
    }

    /// <summary>Reads one file: one page, or every page of a container file.</summary>
    public static IEnumerable<ReadOutcome> ReadFile(string path, ReaderOptions? options = null)
    {
        options ??= new ReaderOptions();
        InputKind kind;
        try
        {
            // A FIFO or a device would block or never end when opened; like an empty file, it
            // reports no length, so it is never opened: it becomes an empty page, which
            // extraction rejects as empty (and a store keeps as a failure).
            if (new FileInfo(path).Length == 0)
                return [new ReadOutcome.Read(new RawDocument(path, ReadOnlyMemory<byte>.Empty))];
            kind = Sniff(path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or InvalidDataException)
        {
            return [new ReadOutcome.Failed(path, $"cannot read file: {e.Message}")];
        }
        return kind switch
        {
            InputKind.Warc => Stream(path, s => WarcReader.Read(path, s)),
            InputKind.JsonLines => Stream(path, s => JsonLinesReader.Read(path, s, options.JsonFields)),
            InputKind.Feed => Stream(path, s => FeedReader.Read(path, s)),
            _ => [ReadPage(path)],
        };
    }

    private const int SniffedBytes = 64 * 1024;

    // Every input is sniffed (twice in an ingest: templates are counted first), so the head is read
    // straight into a pooled buffer from an unbuffered file: a fresh 64 KB head and a 64 KB stream
    // buffer per page were a third of all the bytes a 10,000-page ingest allocated.
    private static InputKind Sniff(string path)
    {
        using var stream = OpenUnpacked(path, bufferSize: 0);
        var head = ArrayPool<byte>.Shared.Rent(SniffedBytes);
        try
        {
            var n = stream.ReadAtLeast(head.AsSpan(0, SniffedBytes), SniffedBytes, throwOnEndOfStream: false);
            return InputSniffer.Sniff(head.AsSpan(0, n));
        }
        finally { ArrayPool<byte>.Shared.Return(head); }
    }

    private static Stream OpenUnpacked(string path, int bufferSize = 1 << 16)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize);
        Span<byte> magic = stackalloc byte[2];
        var n = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    // Container files are read lazily from an open stream, closed when the caller stops.
    private static IEnumerable<ReadOutcome> Stream(string path, Func<Stream, IEnumerable<ReadOutcome>> reader)
    {
        using var stream = OpenUnpacked(path);
        foreach (var outcome in reader(stream))
            yield return outcome;
    }

    /// <summary>Reads one file as one page, whatever it holds (for callers that know it is one page).</summary>
    public static ReadOutcome ReadPage(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
                return new ReadOutcome.Failed(path, $"file is {info.Length / (1024 * 1024)} MB, over the {MaxBytes / (1024 * 1024)} MB limit for one page");
            var bytes = File.ReadAllBytes(path);
            if (IsGzip(bytes))
                bytes = Gunzip(bytes);
            return new ReadOutcome.Read(new RawDocument(path, bytes));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or InvalidDataException)
        {
            return new ReadOutcome.Failed(path, $"cannot read file: {e.Message}");
        }
    }

    private static bool IsGzip(byte[] bytes) => bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    private static byte[] Gunzip(byte[] bytes)
    {
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, read);
            if (output.Length > MaxBytes)
                throw new InvalidDataException($"unpacks to more than {MaxBytes / (1024 * 1024)} MB");
        }
        return output.ToArray();
    }
}
