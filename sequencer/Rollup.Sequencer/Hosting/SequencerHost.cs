using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Prometheus;
using Rollup.Sequencer.Storage;

namespace Rollup.Sequencer.Hosting;

/// <summary>
/// Builds and runs the sequencer's host (ASP.NET Core on the shared framework): validated
/// options, storage, /health on both listeners, /metrics on the admin listener only. The engine
/// and the RPC plug in through <paramref name="compose"/> (services, e.g. AddSequencerEngine)
/// and <paramref name="map"/> (routes, e.g. MapSequencerRpc); components registered with
/// <see cref="ComponentServiceCollectionExtensions.AddSequencerComponent{TComponent}"/> start
/// after storage and stop before it.
/// </summary>
public static class SequencerHost
{
    public const int ExitInvalidConfiguration = 2;
    public const int ExitStorageFailure = 3;

    public static async Task<int> RunAsync(string[] args, Action<WebApplicationBuilder>? compose = null, Action<WebApplication>? map = null)
    {
        WebApplication app;
        try
        {
            app = Build(args, compose, map);
        }
        catch (SequencerOptionsException e)
        {
            await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitInvalidConfiguration;
        }
        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.RunAsync().ConfigureAwait(false);
            }
            catch (SequencerOptionsException e)
            {
                await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return ExitInvalidConfiguration;
            }
            catch (SequencerStorageException e)
            {
                await Console.Error.WriteLineAsync("sequencer storage: " + e.Message).ConfigureAwait(false);
                return ExitStorageFailure;
            }
        }
        return 0;
    }

    /// <summary>Builds the host without starting it; throws <see cref="SequencerOptionsException"/> when the configuration is invalid.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? compose = null, Action<WebApplication>? map = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var profile = SequencerConfiguration.Profile(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = profile,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Only our sources: the default ones would also read every unprefixed environment variable.
        builder.Configuration.Sources.Clear();
        SequencerConfiguration.AddSources(builder.Configuration, AppContext.BaseDirectory, profile, args);
        var options = SequencerConfiguration.Load(builder.Configuration);

        builder.Services.AddSequencerOptions(options);
        var endpoints = new SequencerEndpoints();
        builder.Services.AddSingleton(endpoints);
        builder.WebHost.ConfigureKestrel(kestrel => endpoints.Listen(kestrel, options));
        builder.Services.AddSequencerStorage();
        builder.Services.AddSequencerHealth();
        builder.Services.AddSequencerMetrics();
        compose?.Invoke(builder);

        var app = builder.Build();
        MapOperationalEndpoints(app, endpoints);
        map?.Invoke(app);
        return app;
    }

    private static void MapOperationalEndpoints(WebApplication app, SequencerEndpoints endpoints)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/metrics") && !endpoints.IsAdmin(context),
            refused => refused.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }));
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapMetrics("/metrics", app.Services.GetRequiredService<SequencerMetrics>().Registry);
    }
}
