using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kabar.Web.Hosting;

/// <summary>
/// ASP.NET Core health checks: <c>/healthz</c> answers while the process serves (no check runs),
/// <c>/readyz</c> when the store answers too (the SQLite file is readable, PostgreSQL is reachable).
/// Both say Healthy or Unhealthy as plain text, 200 or 503.
/// </summary>
public static class Health
{
    private const string ReadyTag = "ready";

    public static void Add(IServiceCollection services, Action? storeProbe)
    {
        var checks = services.AddHealthChecks();
        if (storeProbe is not null)
            checks.AddCheck("store", () =>
            {
                try
                {
                    storeProbe();
                    return HealthCheckResult.Healthy("the store answers");
                }
                catch (Exception e)
                {
                    return HealthCheckResult.Unhealthy("the store does not answer: " + e.Message);
                }
            }, [ReadyTag], TimeSpan.FromSeconds(5));
    }

    public static void Map(WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
    }
}
