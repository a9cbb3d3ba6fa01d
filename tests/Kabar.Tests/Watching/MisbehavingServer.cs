using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kabar.Tests.Watching;

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener) whose routes the test sets: fixture feeds and
/// pages, and routes that misbehave on purpose (slow, 500s, redirect loops, huge bodies).
/// </summary>
internal sealed class MisbehavingServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerContext, Task>> _routes = new();
    private readonly CancellationTokenSource _stop = new();
    public Dictionary<string, int> Hits { get; } = new();
    public Uri Base { get; }

    public MisbehavingServer()
    {
        var port = FreePort();
        Base = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Base.ToString());
        _listener.Start();
        _ = Task.Run(Loop);
    }

    public Uri Url(string path) => new(Base, path);

    public void On(string path, Func<HttpListenerContext, Task> handler) { lock (_routes) _routes[path] = handler; }

    public void Text(string path, string body, string contentType = "application/rss+xml", string? etag = null) => On(path, async c =>
    {
        if (etag is not null && c.Request.Headers["If-None-Match"] == etag) { c.Response.StatusCode = 304; c.Response.Close(); return; }
        if (etag is not null) c.Response.Headers["ETag"] = etag;
        await Write(c, body, contentType);
    });

    public static async Task Write(HttpListenerContext c, string body, string contentType, int status = 200)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        c.Response.StatusCode = status;
        c.Response.ContentType = contentType;
        c.Response.ContentLength64 = bytes.Length;
        await c.Response.OutputStream.WriteAsync(bytes);
        c.Response.Close();
    }

    private async Task Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            _ = Task.Run(async () =>
            {
                var path = context.Request.Url!.AbsolutePath;
                Func<HttpListenerContext, Task>? handler;
                lock (_routes)
                {
                    Hits[path] = Hits.GetValueOrDefault(path) + 1;
                    _routes.TryGetValue(path, out handler);
                }
                try
                {
                    if (handler is null) { context.Response.StatusCode = 404; context.Response.Close(); }
                    else await handler(context);
                }
                catch (Exception) { try { context.Response.Abort(); } catch (Exception) { } }
            });
        }
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _listener.Stop(); _listener.Close(); } catch (Exception) { }
    }
}
