using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Rollup.Bench.SequencerLoad;

/// <summary>
/// Kestrel on loopback that reads each POST body to the end and returns the same canned answer:
/// the load generator's own cost per order is what a run against it measures (with the bare
/// HTTP server's, so it is an upper bound of the generator's share).
/// </summary>
internal sealed class TrivialEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TrivialEndpoint(WebApplication app, Uri uri)
    {
        _app = app;
        Uri = uri;
    }

    public Uri Uri { get; }

    public static async Task<TrivialEndpoint> StartAsync(byte[] answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/", async http =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            http.Response.ContentType = "application/json";
            http.Response.ContentLength = answer.Length;
            await http.Response.Body.WriteAsync(answer, http.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TrivialEndpoint(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
