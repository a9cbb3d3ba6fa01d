using Kabar.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Kabar.Cli;

/// <summary>
/// Sends Kabar's metrics (and ASP.NET Core's, under `kabar serve`) to an OpenTelemetry collector
/// over OTLP, only when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise nothing leaves the process
/// (dotnet-counters can still read the "Kabar" meter). The exporter reads the standard
/// OTEL_EXPORTER_OTLP_* variables (protocol, headers) and OTEL_METRIC_EXPORT_INTERVAL itself.
/// Disposing it sends what is left, so a short `kabar ingest` is exported too.
/// </summary>
internal static class Telemetry
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IDisposable? Start()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EndpointVariable))) return null;
        return Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(r => r.AddService("kabar", serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .AddMeter(KabarMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddOtlpExporter()
            .Build();
    }
}
