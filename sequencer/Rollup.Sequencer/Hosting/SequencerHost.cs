namespace Rollup.Sequencer.Hosting;

/// <summary>Builds and runs the sequencer's host (ASP.NET Core on the shared framework).</summary>
public static class SequencerHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        await using var app = builder.Build();
        await app.RunAsync();
        return 0;
    }
}
