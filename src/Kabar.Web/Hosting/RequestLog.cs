using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kabar.Web.Hosting;

/// <summary>
/// One log line per request (method, path, status, milliseconds), and every exception a page
/// throws, with its stack, answered with a plain 500. The path is written with control
/// characters escaped: a request must not be able to forge log lines.
/// </summary>
public sealed partial class RequestLog(ILogger<RequestLog> logger, bool quiet)
{
    public async Task Invoke(HttpContext context, Func<Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next();
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            Failed(logger, context.Request.Method, Printable(context.Request.Path), e);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }
        }
        finally
        {
            if (!quiet) Served(logger, context.Request.Method, Printable(context.Request.Path), context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "{Method} {Path} {Status} {Milliseconds:0.0} ms")]
    private static partial void Served(ILogger logger, string method, string path, int status, double milliseconds);

    [LoggerMessage(2, LogLevel.Error, "{Method} {Path}: unhandled exception")]
    private static partial void Failed(ILogger logger, string method, string path, Exception exception);

    public static string Printable(PathString path)
    {
        var text = path.Value ?? "/";
        if (!text.Any(char.IsControl)) return text;
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text) builder.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c);
        return builder.ToString();
    }
}
