using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Tests.Storage;

namespace Rollup.Sequencer.Tests.Service;

public class WriteStageMetricsTests
{
    [Fact]
    public async Task A_signed_write_over_rpc_is_timed_in_every_write_stage()
    {
        using var dir = new TempDirectory();
        await using var host = await ServiceHost.StartAsync(dir.Path);
        var before = await StageCountsAsync(host);

        var price = await host.CallAsync("rollup_postOraclePrice", ServiceHost.PriceParams(100_000, ServiceHost.NowSeconds - 1));
        Assert.True(price.GetProperty("result").GetProperty("sequence").GetInt64() > 0, price.ToString());

        var after = await StageCountsAsync(host);
        // Only RPC writes get receipts; the engine's own commands (ticks) may pass the other stages meanwhile.
        Assert.Equal(before.GetValueOrDefault("receipt") + 1, after["receipt"]);
        foreach (var stage in new[] { "queue", "apply", "durable" })
            Assert.True(after[stage] > before.GetValueOrDefault(stage), $"no {stage} observation");
    }

    private static async Task<Dictionary<string, long>> StageCountsAsync(ServiceHost host)
    {
        var endpoints = host.App.Services.GetRequiredService<SequencerEndpoints>();
        using var http = new HttpClient();
        var text = await http.GetStringAsync($"http://127.0.0.1:{endpoints.AdminPort}/metrics");
        var counts = new Dictionary<string, long>();
        foreach (Match m in Regex.Matches(text, "^sequencer_write_stage_seconds_count\\{stage=\"(\\w+)\"\\} (\\d+)", RegexOptions.Multiline))
            counts[m.Groups[1].Value] = long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return counts;
    }
}
