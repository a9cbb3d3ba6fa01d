using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Kabar.Language;

/// <summary>
/// Reads one of Lingua's shipped n-gram models (<c>Lingua/LanguageModels/{iso}/{order}s.json.br</c>) the way
/// Lingua reads it: each key "numerator/denominator" gives the probability of the space-separated n-grams
/// under it, computed as Lingua computes it (double over int), so a scorer over these values adds up the
/// same doubles Lingua does.
/// </summary>
public static class LinguaModelFile
{
    /// <summary>Where Lingua looks for its models when a detector is built without a directory.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");

    private static readonly string[] OrderNames = ["unigram", "bigram", "trigram"];

    /// <summary>The n-grams of one order (1–3) and their probabilities; empty when the file is not shipped (as Lingua treats it).</summary>
    public static Dictionary<string, double> Read(string isoCode, int order)
    {
        var path = Path.Combine(Directory, isoCode, OrderNames[order - 1] + "s.json.br");
        if (!File.Exists(path)) return [];
        using var file = File.OpenRead(path);
        using var brotli = new BrotliStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        brotli.CopyTo(buffer);
        return Parse(buffer.ToArray());
    }

    private static Dictionary<string, double> Parse(byte[] json)
    {
        var ngrams = new Dictionary<string, double>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName) continue;
            var name = reader.GetString();
            if (name == "language") { reader.Read(); continue; }
            if (name != "ngrams") throw new JsonException($"Unexpected property '{name}' in a Lingua model");
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var fraction = reader.GetString().AsSpan();
                var slash = fraction.IndexOf('/');
                var probability = double.Parse(fraction[..slash], CultureInfo.InvariantCulture) / int.Parse(fraction[(slash + 1)..], CultureInfo.InvariantCulture);
                reader.Read();
                foreach (var ngram in reader.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    ngrams[ngram] = probability;
            }
        }
        return ngrams;
    }
}
