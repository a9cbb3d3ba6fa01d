namespace Kabar.Evaluation.Clusters;

/// <summary>
/// A symmetric similarity matrix kept as its lower triangle in floats: n(n-1)/2 values, so 10,000
/// pages take 200 MB where a square matrix of doubles took 800. Row <c>i</c>'s pairs with the items
/// before it lie side by side (<see cref="Row"/>), which is how a matrix is best filled.
/// </summary>
public sealed class SimilarityMatrix
{
    private readonly float[] _values;

    public SimilarityMatrix(int count)
    {
        Count = count;
        _values = new float[(long)count * (count - 1) / 2];
    }

    /// <summary>The number of items (rows).</summary>
    public int Count { get; }

    public float this[int i, int j]
    {
        get => _values[Index(i, j)];
        set => _values[Index(i, j)] = value;
    }

    /// <summary>Item <paramref name="i"/>'s similarities to items 0 .. i-1.</summary>
    public Span<float> Row(int i) => _values.AsSpan((int)((long)i * (i - 1) / 2), i);

    private static long Index(int i, int j) => i > j ? (long)i * (i - 1) / 2 + j : (long)j * (j - 1) / 2 + i;
}
