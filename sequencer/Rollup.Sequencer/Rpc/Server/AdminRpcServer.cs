using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rollup.Sequencer.Rpc.Dispatch;
using Rollup.Sequencer.Rpc.Methods;

namespace Rollup.Sequencer.Rpc.Server;

/// <summary>
/// The admin listener: its own Kestrel server on a loopback address, serving every method
/// (admin and public) without rate limits. It refuses to bind anything but loopback, so admin
/// methods can never be reached from another machine, whatever the public listener binds.
/// </summary>
public sealed class AdminRpcServer : IHostedService, IAsyncDisposable
{
    private readonly RpcServerOptions _options;
    private readonly MethodRegistry _registry;
    private readonly ILogger<AdminRpcServer> _logger;
    private WebApplication? _app;

    public AdminRpcServer(IOptions<RpcServerOptions> options, MethodRegistry registry, ILogger<AdminRpcServer> logger)
    {
        _options = options.Value;
        _registry = registry;
        _logger = logger;
    }

    /// <summary>The bound address once started (the real port when configured with 0); null when disabled.</summary>
    public Uri? Url { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_options.AdminEnabled) return;
        if (!IPAddress.TryParse(_options.AdminAddress, out var address) || !IPAddress.IsLoopback(address))
            throw new InvalidOperationException($"the admin listener must bind a loopback address (127.0.0.0/8 or ::1), got '{_options.AdminAddress}'");

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, _options.AdminPort));
        var app = builder.Build();
        var dispatcher = new RpcDispatcher(_registry, RpcAccess.Admin, limiter: null, _options.MaxBatchItems, _options.RequestTimeout, _logger);
        app.MapPost("/", (HttpContext http) => RpcHttpHandler.HandleAsync(http, dispatcher, _options.MaxBodyBytes));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        Url = new Uri(app.Urls.First());
        _logger.LogInformation("Admin JSON-RPC listening on {Url}", Url);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null) await _app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
        _app = null;
    }
}
