using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Sync;

public sealed partial class L1Synchronizer
{
    private const int HeadersPerBatch = 50;

    private static readonly IReadOnlyList<IReadOnlyList<byte[]>?> EventTopics =
        [RollupEventAbi.All.Select(e => e.Topic0).ToArray()];

    /// <summary>The blocks of [from, to] that hold events, read and checked without touching any state.</summary>
    private sealed record RangeRead(BlockHeader First, BlockHeader Last, IReadOnlyList<L1BlockEvents> Blocks);

    /// <summary>
    /// Logs of the contract's events in the range, decoded; the headers of the range's ends and of
    /// every block with events (each log's block hash must be its header's: otherwise the chain
    /// moved under the read); the commitBatch and proveBatch calldata behind batch events.
    /// </summary>
    private async Task<RangeRead> ReadRangeAsync(ulong from, ulong to, CancellationToken cancellation)
    {
        var filter = new LogFilter { FromBlock = from, ToBlock = to, Addresses = [Options.Contract], Topics = EventTopics };
        var logs = await _eth.GetLogsAsync(filter, Options.PageSize, cancellation);
        var events = new List<RollupEvent>(logs.Count);
        foreach (var log in logs)
        {
            if (log.BlockNumber < from || log.BlockNumber > to)
                throw new RpcException(RpcErrorKind.Fatal, "eth_getLogs", $"malformed answer: a log of block {log.BlockNumber} outside the range {from}..{to}");
            events.Add(_decoder.Decode(log));
        }
        events.Sort((a, b) => a.Position.BlockNumber != b.Position.BlockNumber
            ? a.Position.BlockNumber.CompareTo(b.Position.BlockNumber)
            : a.Position.LogIndex.CompareTo(b.Position.LogIndex));
        for (int i = 1; i < events.Count; i++)
            if (events[i].Position.BlockNumber == events[i - 1].Position.BlockNumber && events[i].Position.LogIndex == events[i - 1].Position.LogIndex)
                throw new RpcException(RpcErrorKind.Fatal, "eth_getLogs", $"malformed answer: log {events[i].Position.LogIndex} of block {events[i].Position.BlockNumber} twice");

        var numbers = new SortedSet<ulong> { from, to };
        foreach (var e in events) numbers.Add(e.Position.BlockNumber);
        var headers = await GetHeadersAsync(numbers, cancellation);

        var blocks = new List<L1BlockEvents>();
        int start = 0;
        while (start < events.Count)
        {
            ulong number = events[start].Position.BlockNumber;
            int end = start;
            while (end < events.Count && events[end].Position.BlockNumber == number) end++;
            blocks.Add(await BuildBlockAsync(headers[number], events.GetRange(start, end - start), cancellation));
            start = end;
        }
        return new RangeRead(headers[from], headers[to], blocks);
    }

    private async Task<L1BlockEvents> BuildBlockAsync(BlockHeader header, List<RollupEvent> events, CancellationToken cancellation)
    {
        var priority = new List<PriorityRequestEvent>();
        var batches = new List<BatchUpdate>();
        foreach (var e in events)
        {
            if (!e.Position.BlockHash.AsSpan().SequenceEqual(header.Hash)) throw ChainMoved(header.Number);
            switch (e)
            {
                case PriorityRequestEvent request:
                    priority.Add(request);
                    break;
                case BatchCommittedEvent committed:
                    batches.Add(new BatchCommit(committed, BatchCalldataDecoder.DecodeCommit(await GetMinedTransactionAsync(e, cancellation), committed, Options.Contract)));
                    break;
                case BatchProvenEvent proven:
                    batches.Add(new BatchProof(proven, BatchCalldataDecoder.DecodeProve(await GetMinedTransactionAsync(e, cancellation), proven, Options.Contract)));
                    break;
                case BatchRevertedEvent reverted:
                    batches.Add(new BatchRevert(reverted));
                    break;
                case BatchExecutedEvent executed:
                    batches.Add(new BatchExecution(executed));
                    break;
            }
        }
        return new L1BlockEvents(header.Number, header.Hash, header.ParentHash, header.Timestamp, events, priority, batches);
    }

    private async Task<RpcTransaction> GetMinedTransactionAsync(RollupEvent e, CancellationToken cancellation)
    {
        var transaction = await _eth.GetTransactionByHashAsync(e.Position.TransactionHash, cancellation);
        if (transaction?.BlockHash is null || !transaction.BlockHash.AsSpan().SequenceEqual(e.Position.BlockHash))
            throw ChainMoved(e.Position.BlockNumber, $"transaction {Hex.Encode(e.Position.TransactionHash)} is no longer in that block");
        return transaction;
    }

    private async Task<Dictionary<ulong, BlockHeader>> GetHeadersAsync(IReadOnlyCollection<ulong> numbers, CancellationToken cancellation)
    {
        var headers = new Dictionary<ulong, BlockHeader>(numbers.Count);
        foreach (var chunk in numbers.Chunk(HeadersPerBatch))
        {
            var requests = Array.ConvertAll(chunk, n => new RpcRequest("eth_getBlockByNumber", BlockTag.Number(n).ToJson(), false));
            var results = await _eth.Rpc.SendBatchAsync(requests, cancellation);
            for (int i = 0; i < chunk.Length; i++)
                headers[chunk[i]] = ReadHeader(chunk[i], results[i].GetValueOrThrow());
        }
        return headers;
    }

    private async Task<BlockHeader> GetHeaderAsync(ulong number, CancellationToken cancellation) =>
        ReadHeader(number, await _eth.Rpc.SendAsync("eth_getBlockByNumber", [BlockTag.Number(number).ToJson(), false], cancellation));

    private static BlockHeader ReadHeader(ulong number, System.Text.Json.JsonElement json)
    {
        // A confirmed block the node no longer has: its chain was cut back under the read.
        if (json.ValueKind == System.Text.Json.JsonValueKind.Null) throw ChainMoved(number, "the node has no such block");
        var header = EthClient.Read("eth_getBlockByNumber", json, BlockHeader.Read);
        if (header.Number != number)
            throw new RpcException(RpcErrorKind.Fatal, "eth_getBlockByNumber", $"malformed answer: asked for block {number}, got {header.Number}");
        return header;
    }

    private static L1SyncException ChainMoved(ulong block, string? detail = null) =>
        new(RpcErrorKind.Reorg, $"the chain changed while block {block} was being read{(detail is null ? "" : ": " + detail)}; it is read again at the next poll");
}
