using System.Text.Json;

namespace Rollup.SettlementClient.Rpc;

public sealed partial class EthClient
{
    /// <summary>
    /// eth_getLogs over the filter's range in pages of at most <paramref name="maxBlockRange"/> blocks
    /// (providers cap the range). When a page still exceeds the node's result limit (-32005 after the
    /// retries) the page is halved, down to a single block, before the error is given up on.
    /// </summary>
    public async Task<IReadOnlyList<LogEntry>> GetLogsAsync(LogFilter filter, ulong maxBlockRange = 2_000, CancellationToken cancellation = default)
    {
        if (filter.ToBlock < filter.FromBlock) throw new ArgumentException("toBlock is before fromBlock", nameof(filter));
        if (maxBlockRange < 1) throw new ArgumentOutOfRangeException(nameof(maxBlockRange), "at least one block per page");
        var logs = new List<LogEntry>();
        ulong from = filter.FromBlock;
        ulong range = maxBlockRange;
        while (true)
        {
            ulong to = filter.ToBlock - from < range ? filter.ToBlock : from + range - 1;
            JsonElement page;
            try
            {
                page = await Rpc.SendAsync("eth_getLogs", [filter.ToJson(from, to)], cancellation);
            }
            catch (RpcException e) when (e.Code == RpcErrorClassifier.LimitExceeded && to > from)
            {
                range = Math.Max(1, (to - from + 1) / 2);
                continue;
            }
            Read("eth_getLogs", page, json =>
            {
                if (json.ValueKind != JsonValueKind.Array) throw new FormatException("eth_getLogs answers an array");
                foreach (var log in json.EnumerateArray()) logs.Add(LogEntry.Read(log));
                return logs.Count;
            });
            if (to == filter.ToBlock) return logs;
            from = to + 1;
        }
    }
}
