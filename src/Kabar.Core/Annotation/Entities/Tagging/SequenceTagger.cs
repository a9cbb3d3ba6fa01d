using System.Buffers;
using System.IO.Compression;
using System.Numerics;
using System.Text;

namespace Kabar.Annotation.Entities.Tagging;

/// <summary>
/// A trained BIO sequence tagger: a linear model over hashed token features
/// (<see cref="TokenFeatures"/>) plus tag-to-tag transition weights, decoded with Viterbi so the
/// whole sentence's best tag sequence wins, and I-X may only follow B-X or I-X. Trained by
/// <see cref="PerceptronTrainer"/> (averaged structured perceptron). Immutable and thread-safe.
/// </summary>
public sealed class SequenceTagger
{
    private const string Magic = "KABAR-NER";
    private const int FormatVersion = 1;

    private readonly float[] _weights;      // rows × Stride(tags): each row padded for vector adds
    private readonly float[] _transitions;  // (tags + 1) × tags; the last row is the sentence start
    private readonly bool[] _allowed;       // same shape: BIO rules
    private readonly int _mask;
    private readonly EntityLexicon _lexicon;
    private readonly WordClusters _clusters;

    internal SequenceTagger(string[] tags, int bits, float[] weights, float[] transitions, string description, EntityLexicon lexicon, WordClusters clusters)
    {
        Tags = tags;
        Bits = bits;
        _mask = (1 << bits) - 1;
        _weights = weights;
        _transitions = transitions;
        _allowed = AllowedTransitions(tags);
        _lexicon = lexicon;
        _clusters = clusters;
        Description = description;
    }

    /// <summary>The BIO tags it assigns, 'O' first.</summary>
    public IReadOnlyList<string> Tags { get; }
    /// <summary>log2 of the weight table's rows.</summary>
    public int Bits { get; }
    /// <summary>What it was trained on (kept in the model file).</summary>
    public string Description { get; }
    /// <summary>Entity types it knows (PER, ORG, ...), from its tags.</summary>
    public IEnumerable<string> EntityTypes => Tags.Where(t => t.StartsWith("B-")).Select(t => t[2..]);

    /// <summary>The best tag for each word of one sentence.</summary>
    public string[] Tag(IReadOnlyList<string> words) => Tag(words, TokenFeatures.Lowered(words));

    /// <summary>The best tag for each word, given the words lower-cased too (<paramref name="lower"/>, same length).</summary>
    public string[] Tag(IReadOnlyList<string> words, string[] lower)
    {
        if (words.Count == 0) return [];
        // Pooled: a sentence's rows are 48 ints a word, the largest allocation of annotation when made anew.
        var size = words.Count * TokenFeatures.Count;
        var rows = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(rows, 0, size);
        TokenFeatures.Extract(words, lower, _lexicon, _clusters, _mask, rows);
        var path = Decode(rows, words.Count);
        ArrayPool<int>.Shared.Return(rows);
        var result = new string[path.Length];
        for (var i = 0; i < path.Length; i++) result[i] = Tags[path[i]];
        return result;
    }

    internal int[] Decode(int[] rows, int n) => Viterbi(rows, n, _weights, _transitions, _allowed, Tags.Count);

    /// <summary>The length of one weight row: the tag count rounded up to whole vectors.</summary>
    internal static int Stride(int tagCount) => (tagCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    internal static int[] Viterbi(int[] rows, int n, float[] weights, float[] transitions, bool[] allowed, int tagCount)
    {
        var stride = Stride(tagCount);
        // Every cell of both is written before it is read.
        var score = ArrayPool<float>.Shared.Rent(n * tagCount);
        var back = ArrayPool<int>.Shared.Rent(n * tagCount);
        Span<float> emission = stackalloc float[stride];
        for (var i = 0; i < n; i++)
        {
            var o = i * TokenFeatures.Count;
            if (stride == Vector<float>.Count)
            {
                // One vector holds every tag's weight (the news model): add the rows up in a register.
                var sum = Vector<float>.Zero;
                for (var k = 0; k < TokenFeatures.Count; k++) sum += new Vector<float>(weights, rows[o + k] * stride);
                sum.CopyTo(emission);
            }
            else
            {
                emission.Clear();
                for (var k = 0; k < TokenFeatures.Count; k++)
                {
                    var row = weights.AsSpan(rows[o + k] * stride, stride);
                    for (var j = 0; j < stride; j += Vector<float>.Count)
                        (new Vector<float>(emission[j..]) + new Vector<float>(row[j..])).CopyTo(emission[j..]);
                }
            }
            for (var t = 0; t < tagCount; t++)
            {
                float best;
                int arg;
                if (i == 0)
                {
                    var from = tagCount * tagCount + t;
                    best = allowed[from] ? transitions[from] : float.NegativeInfinity;
                    arg = -1;
                }
                else
                {
                    best = float.NegativeInfinity;
                    arg = 0;
                    var prev = (i - 1) * tagCount;
                    for (var p = 0; p < tagCount; p++)
                    {
                        var from = p * tagCount + t;
                        if (!allowed[from]) continue;
                        var s = score[prev + p] + transitions[from];
                        if (s > best) { best = s; arg = p; }
                    }
                }
                score[i * tagCount + t] = best + emission[t];
                back[i * tagCount + t] = arg;
            }
        }
        var path = new int[n];
        var last = (n - 1) * tagCount;
        var bestTag = 0;
        for (var t = 1; t < tagCount; t++)
            if (score[last + t] > score[last + bestTag]) bestTag = t;
        for (var i = n - 1; i >= 0; i--)
        {
            path[i] = bestTag;
            bestTag = back[i * tagCount + bestTag];
        }
        ArrayPool<float>.Shared.Return(score);
        ArrayPool<int>.Shared.Return(back);
        return path;
    }

    /// <summary>[from × tags + to], the last 'from' row being the sentence start: I-X only after B-X or I-X.</summary>
    internal static bool[] AllowedTransitions(IReadOnlyList<string> tags)
    {
        var n = tags.Count;
        var allowed = new bool[(n + 1) * n];
        for (var from = 0; from <= n; from++)
            for (var to = 0; to < n; to++)
            {
                var t = tags[to];
                allowed[from * n + to] = !t.StartsWith("I-")
                    || (from < n && tags[from].Length > 2 && tags[from][2..] == t[2..]);
            }
        return allowed;
    }

    /// <summary>Writes the model: gzip of a header, the transitions and the non-zero weight rows as half floats.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Description);
        w.Write(TokenFeatures.Count);
        w.Write(Bits);
        w.Write(Tags.Count);
        foreach (var t in Tags) w.Write(t);
        foreach (var x in _transitions) w.Write(x);
        var n = Tags.Count;
        var stride = Stride(n);
        var rowCount = 1 << Bits;
        var rows = 0;
        for (var r = 0; r < rowCount; r++)
            if (!RowIsZero(r)) rows++;
        w.Write(rows);
        var previous = 0;
        for (var r = 0; r < rowCount; r++)
        {
            if (RowIsZero(r)) continue;
            w.Write7BitEncodedInt(r - previous); // row gaps compress far better than row numbers
            previous = r;
            for (var t = 0; t < n; t++) w.Write((Half)_weights[r * stride + t]);
        }
    }

    private bool RowIsZero(int row)
    {
        var stride = Stride(Tags.Count);
        for (var t = 0; t < Tags.Count; t++)
            if ((Half)_weights[row * stride + t] != Half.Zero) return false;
        return true;
    }

    /// <summary>
    /// Reads a model written by <see cref="Save"/>; a clear message when the stream is not one. It tags with
    /// <paramref name="clusters"/> (by default the shipped ones, which the shipped models were trained with).
    /// </summary>
    public static SequenceTagger Load(Stream stream, EntityLexicon lexicon, WordClusters? clusters = null)
    {
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(gzip, Encoding.UTF8);
            if (r.ReadString() != Magic) throw new InvalidDataException("not a Kabar NER model");
            var version = r.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"model format {version}, this Kabar reads {FormatVersion}");
            var description = r.ReadString();
            if (r.ReadInt32() != TokenFeatures.Count) throw new InvalidDataException("model was trained with other features; retrain it");
            var bits = r.ReadInt32();
            if (bits is < 8 or > 26) throw new InvalidDataException($"bad table size 2^{bits}");
            var n = r.ReadInt32();
            var tags = new string[n];
            for (var i = 0; i < n; i++) tags[i] = r.ReadString();
            var transitions = new float[(n + 1) * n];
            for (var i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
            var stride = Stride(n);
            var weights = new float[(1 << bits) * stride];
            var rows = r.ReadInt32();
            var row = 0;
            for (var k = 0; k < rows; k++)
            {
                row += r.Read7BitEncodedInt();
                if (row >= 1 << bits) throw new InvalidDataException($"weight row {row} is outside the table");
                for (var t = 0; t < n; t++) weights[row * stride + t] = (float)r.ReadHalf();
            }
            return new SequenceTagger(tags, bits, weights, transitions, description, lexicon, clusters ?? WordClusters.Default);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IndexOutOfRangeException or IOException)
        {
            throw new InvalidDataException($"cannot read NER model: {e.Message}", e);
        }
    }
}
