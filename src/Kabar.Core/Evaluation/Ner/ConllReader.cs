using Kabar.Annotation.Entities.Tagging;

namespace Kabar.Evaluation.Ner;

/// <summary>
/// Reads CoNLL-style NER files: one token a line with its tag in the last column (space or tab
/// separated, other columns such as POS ignored), a blank line between sentences. IOB1 files are
/// read as BIO: an I-X that does not follow X starts an entity.
/// </summary>
public static class ConllReader
{
    public static List<TaggedSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static List<TaggedSentence> Read(TextReader reader, string name)
    {
        var sentences = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith("-DOCSTART-"))
            {
                Flush();
                continue;
            }
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
                throw new InvalidDataException($"{name}:{lineNumber}: expected 'token ... tag', got '{line}'");
            var tag = parts[^1];
            if (tag != "O" && !(tag.Length > 2 && (tag[0] is 'B' or 'I') && tag[1] == '-'))
                throw new InvalidDataException($"{name}:{lineNumber}: '{tag}' is not a BIO tag (O, B-X, I-X)");
            if (tag[0] == 'I' && (tags.Count == 0 || tags[^1] == "O" || tags[^1][2..] != tag[2..]))
                tag = "B-" + tag[2..];
            words.Add(parts[0]);
            tags.Add(tag);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count == 0) return;
            sentences.Add(new TaggedSentence(words.ToArray(), tags.ToArray()));
            words.Clear();
            tags.Clear();
        }
    }
}
