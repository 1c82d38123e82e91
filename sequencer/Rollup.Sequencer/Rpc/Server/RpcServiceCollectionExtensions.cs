using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc.Dispatch;
using Rollup.Sequencer.Rpc.RateLimiting;
using Rollup.Sequencer.Rpc.Methods;
using Rollup.Sequencer.Rpc.Subscriptions;

namespace Rollup.Sequencer.Rpc.Server;

/// <summary>
/// Wiring: <see cref="AddSequencerRpc"/> registers the server's services (the host registers
/// <see cref="ISequencerApi"/>, <see cref="ReceiptSigner"/> and optionally <see cref="ISequencerAdmin"/>);
/// <see cref="MapSequencerRpc"/> maps POST / and GET /ws on the public listener.
/// </summary>
public static class RpcServiceCollectionExtensions
{
    public static IServiceCollection AddSequencerRpc(this IServiceCollection services, Action<RpcServerOptions>? configure = null)
    {
        var options = services.AddOptions<RpcServerOptions>().BindConfiguration(RpcServerOptions.Section).ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        services.AddSingleton<IValidateOptions<RpcServerOptions>, RpcServerOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SubscriptionHub>();
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<RpcServerOptions>>().Value;
            return new TokenBucketRateLimiter(o.WriteLimit, o.ReadLimit, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton(sp => new ReceiptBatcher(
            sp.GetRequiredService<ReceiptSigner>(),
            sp.GetRequiredService<IOptions<RpcServerOptions>>().Value.ReceiptSigningInterval,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IWriteStageObserver>()));
        services.TryAddSingleton(sp => SequencerMethods.CreateRegistry(
            sp.GetRequiredService<ISequencerApi>(),
            sp.GetRequiredService<ReceiptBatcher>(),
            sp.GetRequiredService<SubscriptionHub>(),
            sp.GetService<ISequencerAdmin>()));
        services.TryAddSingleton<AdminRpcServer>();
        services.AddHostedService(sp => sp.GetRequiredService<AdminRpcServer>());
        return services;
    }

    public static WebApplication MapSequencerRpc(this WebApplication app, string path = "/", string webSocketPath = "/ws")
    {
        var options = app.Services.GetRequiredService<IOptions<RpcServerOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Rollup.Sequencer.Rpc");
        var hub = app.Services.GetRequiredService<SubscriptionHub>();
        var dispatcher = new RpcDispatcher(
            app.Services.GetRequiredService<MethodRegistry>(),
            RpcAccess.Public,
            app.Services.GetRequiredService<TokenBucketRateLimiter>(),
            options.MaxBatchItems,
            options.RequestTimeout,
            logger);

        app.UseWebSockets();
        app.MapPost(path, (HttpContext http) => RpcHttpHandler.HandleAsync(http, dispatcher, options.MaxBodyBytes));
        app.MapGet(webSocketPath, async (HttpContext http) =>
        {
            if (!http.WebSockets.IsWebSocketRequest)
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                await http.Response.WriteAsync("WebSocket upgrade required", http.RequestAborted).ConfigureAwait(false);
                return;
            }
            using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            var connection = new WebSocketConnection(socket, http.Connection.RemoteIpAddress, dispatcher, hub, options, logger);
            await connection.RunAsync(http.RequestAborted).ConfigureAwait(false);
        });
        return app;
    }
}
