using System.Globalization;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Tests.Rpc;

public class LogPaginationTests
{
    private static readonly JsonRpcClientOptions Fast = new()
    {
        MaxAttempts = 2,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(2),
    };

    private static ulong Field(System.Text.Json.JsonElement request, string name) =>
        ulong.Parse(request.GetProperty("params")[0].GetProperty(name).GetString()![2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Logs_are_requested_in_pages_of_the_maximum_range_covering_the_whole_range()
    {
        var ranges = new List<(ulong, ulong)>();
        using var server = new ScriptedRpcServer((_, r) =>
        {
            lock (ranges) ranges.Add((Field(r, "fromBlock"), Field(r, "toBlock")));
            return ScriptedAnswer.Ok(ScriptedRpcServer.Result(r, "[]"));
        });
        using var client = new JsonRpcClient(server.Endpoint, Fast);
        var logs = await new EthClient(client).GetLogsAsync(new LogFilter { FromBlock = 10, ToBlock = 34 }, maxBlockRange: 10);
        Assert.Empty(logs);
        Assert.Equal([(10UL, 19UL), (20UL, 29UL), (30UL, 34UL)], ranges);
    }

    [Fact]
    public async Task A_page_over_the_result_limit_is_halved_until_it_fits()
    {
        var ranges = new List<(ulong, ulong)>();
        using var server = new ScriptedRpcServer((_, r) =>
        {
            ulong from = Field(r, "fromBlock"), to = Field(r, "toBlock");
            lock (ranges) ranges.Add((from, to));
            return ScriptedAnswer.Ok(to - from + 1 > 4
                ? ScriptedRpcServer.Error(r, -32005, "query returned more than 10000 results")
                : ScriptedRpcServer.Result(r, "[]"));
        });
        using var client = new JsonRpcClient(server.Endpoint, Fast);
        await new EthClient(client).GetLogsAsync(new LogFilter { FromBlock = 0, ToBlock = 7 }, maxBlockRange: 8);
        // 0..7 refused twice (one retry), then 0..3 and 4..7.
        Assert.Equal([(0UL, 7UL), (0UL, 7UL), (0UL, 3UL), (4UL, 7UL)], ranges);
    }
}
