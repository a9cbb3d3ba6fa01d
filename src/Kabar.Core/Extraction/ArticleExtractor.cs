using System.Text;
using Kabar.Model;

namespace Kabar.Extraction;

/// <summary>
/// Extraction's entry point: raw documents in, articles (or rejections with reasons) out.
/// (Placeholder: decodes UTF-8 and keeps every line.)
/// </summary>
public sealed class ArticleExtractor
{
    public static IReadOnlyList<ExtractionOutcome> ExtractBatch(IReadOnlyList<RawDocument> documents, Action? onDocumentDone = null)
        => documents.Select(d => { var o = Extract(d); onDocumentDone?.Invoke(); return o; }).ToList();

    public static ExtractionOutcome Extract(RawDocument document)
    {
        var text = Encoding.UTF8.GetString(document.Content.Span);
        if (string.IsNullOrWhiteSpace(text)) return new ExtractionOutcome.Rejected(document.Source, "empty file");
        var firstLine = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        return new ExtractionOutcome.Extracted(new Article
        {
            Source = document.Source,
            Title = firstLine,
            TitleGenerated = true,
            Language = "id",
            Body = text.Trim(),
        });
    }
}
