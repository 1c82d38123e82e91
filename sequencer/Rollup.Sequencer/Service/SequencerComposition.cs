using Microsoft.Extensions.Options;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.L1;
using Rollup.Sequencer.Rpc.Dispatch;
using Rollup.Sequencer.Rpc.Methods;
using Rollup.Sequencer.Rpc.Server;

namespace Rollup.Sequencer.Service;

/// <summary>
/// The whole service on top of <see cref="SequencerHost"/> (which adds options, storage, health
/// and metrics): the engine and its API, the L1 side (priority-request feeder, batch poster, ticks),
/// then the JSON-RPC server. Public methods are served on
/// Sequencer:Rpc; admin methods on the host's loopback admin listener (Sequencer:Admin, which also
/// serves /metrics), so the RPC's own admin listener is not started. Program and the tests
/// compose the same way.
/// </summary>
public static class SequencerComposition
{
    public static void Compose(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSequencerEngine();
        // After the engine: its components start after the engine's (replay) and stop before it.
        builder.Services.AddSequencerL1();
        builder.Services.AddSequencerRpc(rpc => rpc.AdminEnabled = false);
    }

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var endpoints = app.Services.GetRequiredService<SequencerEndpoints>();
        var options = app.Services.GetRequiredService<IOptions<RpcServerOptions>>().Value;
        var admin = new RpcDispatcher(
            app.Services.GetRequiredService<MethodRegistry>(),
            RpcAccess.Admin,
            limiter: null,
            options.MaxBatchItems,
            options.RequestTimeout,
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Rollup.Sequencer.Rpc.Admin"));
        // Runs before the public endpoint: a POST / on the admin listener goes to the admin dispatcher instead.
        app.UseWhen(
            context => endpoints.IsAdmin(context) && HttpMethods.IsPost(context.Request.Method) && context.Request.Path == "/",
            branch => branch.Run(context => RpcHttpHandler.HandleAsync(context, admin, options.MaxBodyBytes)));
        app.MapSequencerRpc();
    }

    public static Task<int> RunAsync(string[] args) => SequencerHost.RunAsync(args, Compose, Map);

    public static WebApplication Build(string[] args) => SequencerHost.Build(args, Compose, Map);
}
