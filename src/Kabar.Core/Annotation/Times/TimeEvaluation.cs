using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kabar.Language;
using Kabar.Model;

namespace Kabar.Annotation.Times;

/// <summary>One gold time expression of an evaluation document.</summary>
public sealed record GoldTime(TextSpan Span, string Text, string Type, string Value);

/// <summary>An evaluation document: its body, publish date and gold expressions.</summary>
public sealed record TimeEvalDocument(int Line, DateOnly Published, string Body, IReadOnlyList<GoldTime> Gold);

/// <summary>A wrong or missing answer, for the report.</summary>
public sealed record TimeEvalError(int Line, string Kind, string Text, string? Want, string? Got);

/// <summary>
/// Scores of the time annotator on a gold set. Recognition is counted strictly (the same span) and
/// leniently (overlapping spans, as TempEval's relaxed match); normalisation accuracy is the share of
/// leniently matched gold expressions whose TIMEX3 value is right.
/// </summary>
public sealed record TimeEvalScore(
    int Gold, int Found, int StrictMatches, int RelaxedMatches, int CorrectValues, int CorrectTypes,
    IReadOnlyList<TimeEvalError> Errors)
{
    public double StrictPrecision => Ratio(StrictMatches, Found);
    public double StrictRecall => Ratio(StrictMatches, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(RelaxedMatches, Found);
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);
    public double ValueAccuracy => Ratio(CorrectValues, RelaxedMatches);
    public double TypeAccuracy => Ratio(CorrectTypes, RelaxedMatches);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>
/// Reads Kabar's time evaluation format and scores <see cref="TimeAnnotator"/> on it. The format:
/// '@ yyyy-MM-dd' opens a document and gives its publish date; its lines up to a blank line are
/// paragraphs; [[text|value]] or [[text|value|TYPE]] marks a gold expression; '#' starts a comment.
/// </summary>
public static partial class TimeEvaluation
{
    [GeneratedRegex(@"\[\[(?<text>[^\[\]|]+)\|(?<value>[^\[\]|]+)(?:\|(?<type>[A-Z]+))?\]\]", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();

    /// <summary>The documents of a gold file; throws <see cref="InvalidDataException"/> naming the line that is wrong.</summary>
    public static IReadOnlyList<TimeEvalDocument> Read(TextReader reader)
    {
        var documents = new List<TimeEvalDocument>();
        DateOnly? published = null;
        int startLine = 0, n = 0;
        var paragraphs = new List<string>();
        void Close()
        {
            if (published is { } date && paragraphs.Count > 0) documents.Add(Parse(startLine, date, paragraphs));
            paragraphs.Clear();
            published = null;
        }
        while (reader.ReadLine() is { } raw)
        {
            n++;
            var line = raw.Trim();
            if (line.StartsWith('#')) continue;
            if (line.Length == 0) { Close(); continue; }
            if (line.StartsWith('@'))
            {
                Close();
                if (!DateOnly.TryParseExact(line[1..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    throw new InvalidDataException($"line {n}: '{line}' is not '@ yyyy-MM-dd'");
                published = d;
                startLine = n;
                continue;
            }
            if (published is null) throw new InvalidDataException($"line {n}: text before any '@ yyyy-MM-dd' line");
            paragraphs.Add(line);
        }
        Close();
        return documents;
    }

    private static TimeEvalDocument Parse(int line, DateOnly published, List<string> paragraphs)
    {
        var body = new StringBuilder();
        var gold = new List<GoldTime>();
        foreach (var paragraph in paragraphs)
        {
            if (body.Length > 0) body.Append("\n\n");
            var last = 0;
            foreach (Match m in Mark().Matches(paragraph))
            {
                body.Append(paragraph, last, m.Index - last);
                var text = m.Groups["text"].Value;
                var value = m.Groups["value"].Value;
                var type = m.Groups["type"].Success ? m.Groups["type"].Value
                    : value.StartsWith('P') && !value.EndsWith("_REF") ? TimeTypes.Duration
                    : value.Contains('T') && !value.EndsWith("_REF") ? TimeTypes.Time : TimeTypes.Date;
                gold.Add(new GoldTime(new TextSpan(body.Length, body.Length + text.Length), text, type, value));
                body.Append(text);
                last = m.Index + m.Length;
            }
            body.Append(paragraph, last, paragraph.Length - last);
        }
        return new TimeEvalDocument(line, published, body.ToString(), gold);
    }

    /// <summary>The pipeline the evaluation runs: tokens, sentences, times.</summary>
    public static AnnotationPipeline Pipeline() => new AnnotationPipelineBuilder()
        .Add(new TokenAnnotator())
        .Add(new SentenceAnnotator())
        .Add(new TimeAnnotator())
        .Build();

    public static TimeEvalScore Score(IReadOnlyList<TimeEvalDocument> documents)
    {
        var pipeline = Pipeline();
        int gold = 0, found = 0, strict = 0, relaxed = 0, values = 0, types = 0;
        var errors = new List<TimeEvalError>();
        foreach (var document in documents)
        {
            var article = new Article { Source = $"line {document.Line}", Title = "", Language = "id", Body = document.Body };
            var times = pipeline.Annotate(article, document.Published).Times;
            gold += document.Gold.Count;
            found += times.Count;
            var used = new HashSet<TimeExpression>();
            foreach (var g in document.Gold)
            {
                var match = times.FirstOrDefault(t => !used.Contains(t) && t.Span == g.Span)
                    ?? times.FirstOrDefault(t => !used.Contains(t) && t.Span.Overlaps(g.Span));
                if (match is null)
                {
                    errors.Add(new TimeEvalError(document.Line, "missed", g.Text, g.Value, null));
                    continue;
                }
                used.Add(match);
                relaxed++;
                if (match.Span == g.Span) strict++;
                else errors.Add(new TimeEvalError(document.Line, "span", g.Text, null, $"'{match.Text}'"));
                if (match.Type == g.Type) types++;
                if (match.Value == g.Value) values++;
                else errors.Add(new TimeEvalError(document.Line, "value", g.Text, g.Value, $"{match.Value} ('{match.Text}')"));
            }
            foreach (var t in times.Where(t => !used.Contains(t)))
                errors.Add(new TimeEvalError(document.Line, "spurious", t.Text, null, t.Value));
        }
        return new TimeEvalScore(gold, found, strict, relaxed, values, types, errors);
    }
}
