using Kabar.Web.Reading;
using Microsoft.AspNetCore.Http;

namespace Kabar.Web.Hosting;

/// <summary>
/// Saves uploaded files under names the server makes (the client's file name is kept only as a
/// label), hands them to the ingestor, and reports rejections under the uploaded names.
/// </summary>
public static class UploadHandler
{
    public static (UploadReport? Report, string? Error) Ingest(IFormFileCollection files, IArticleIngestor ingestor, Localization.UiLanguage text)
    {
        if (files.Count == 0) return (null, text["ingest.no_files"]);
        if (files.Count > UploadLimits.MaxFiles) return (null, text.Format("ingest.too_many", files.Count, UploadLimits.MaxFiles));
        var tooBig = files.FirstOrDefault(f => f.Length > UploadLimits.MaxFileBytes);
        if (tooBig is not null) return (null, text.Format("ingest.too_big", Label(tooBig), UploadLimits.MaxFileBytes / 1024 / 1024));

        var folder = Directory.CreateTempSubdirectory("kabar-upload-");
        try
        {
            var labels = new Dictionary<string, string>();
            var paths = new List<string>();
            for (var i = 0; i < files.Count; i++)
            {
                // Each file in its own numbered folder, keeping a cleaned name so readers can see the extension.
                var dir = Directory.CreateDirectory(Path.Combine(folder.FullName, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                var path = Path.Combine(dir.FullName, SafeName(files[i].FileName));
                using (var target = File.Create(path)) files[i].CopyTo(target);
                labels[path] = Label(files[i]);
                paths.Add(path);
            }
            var report = ingestor.Ingest(paths);
            var failed = report.Failed.Select(f => f with { Source = Relabel(f.Source, labels) }).ToList();
            return (report with { Failed = failed }, null);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Label(IFormFile file) => Path.GetFileName(file.FileName.Replace('\\', '/')) is { Length: > 0 } name ? name : "upload";

    /// <summary>The file name reduced to letters, digits, dot, dash and underscore; never a path.</summary>
    private static string SafeName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName.Replace('\\', '/')).Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).TrimStart('.');
        return name.Length == 0 ? "upload" : name.Length > 100 ? name[^100..] : name;
    }

    private static string Relabel(string source, Dictionary<string, string> labels)
    {
        foreach (var (path, label) in labels)
            if (source.StartsWith(path, StringComparison.Ordinal)) return label + source[path.Length..];
        return source;
    }
}
