using Microsoft.Extensions.Logging;

namespace Kabar.Web.Hosting;

/// <summary>
/// The server logs to standard error, one line an entry with a UTC timestamp: Kabar's request
/// lines and errors, and ASP.NET Core's own warnings and errors (its information lines repeat
/// what the request line says).
/// </summary>
public static class ServerLogging
{
    public static void Configure(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
    }
}
