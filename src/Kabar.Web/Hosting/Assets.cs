using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kabar.Web;

/// <summary>
/// The CSS, script and images, embedded in the assembly and served from memory: the pages work
/// offline, and a request names an asset from a fixed set, never a file path.
/// </summary>
public static class Assets
{
    private const string Prefix = "Kabar.Web.Assets.";

    private static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary();

    private sealed record Asset(byte[] Bytes, string ContentType, string Version);

    private static readonly FrozenDictionary<string, Asset> All = Load();

    /// <summary>The URL of an asset, versioned by its content so browsers may cache it for long.</summary>
    public static string Href(string name) =>
        All.TryGetValue(name, out var asset) ? $"/assets/{name}?v={asset.Version}" : throw new ArgumentException($"no asset named '{name}'", nameof(name));

    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/assets/{name}", (string name, HttpContext http) =>
    {
        if (!All.TryGetValue(name, out var asset)) return Results.NotFound();
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Results.Bytes(asset.Bytes, asset.ContentType);
    }).ExcludeFromDescription();

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var assets = new Dictionary<string, Asset>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            if (!Types.TryGetValue(Path.GetExtension(name), out var type)) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            assets[name] = new Asset(bytes, type, Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]);
        }
        return assets.ToFrozenDictionary();
    }
}
