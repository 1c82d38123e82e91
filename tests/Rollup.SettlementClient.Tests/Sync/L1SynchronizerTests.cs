using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Sync;
using static Rollup.SettlementClient.Tests.Contracts.Events.EventLogs;

namespace Rollup.SettlementClient.Tests.Sync;

/// <summary>The synchronizer against a scripted node: bad answers, timeouts, deep reorgs and broken event order.</summary>
public sealed class L1SynchronizerTests : IDisposable
{
    private static readonly L1Address Alice = L1Address.Parse("0x00000000000000000000000000000000000a11ce");

    private readonly ScriptedChain _chain = new(length: 11);
    private readonly HttpClient _http;
    private readonly JsonRpcClient _rpc;
    private readonly RecordingSink _sink = new();

    public L1SynchronizerTests()
    {
        _http = new HttpClient(_chain) { Timeout = Timeout.InfiniteTimeSpan };
        _rpc = new JsonRpcClient(new Uri("http://node.test/"), _http,
            new JsonRpcClientOptions { Timeout = TimeSpan.FromMilliseconds(300), MaxAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(10) });
    }

    public void Dispose()
    {
        _rpc.Dispose();
        _http.Dispose();
        _chain.Dispose();
    }

    private L1Synchronizer Synchronizer(ulong reorgHistory = 256, ulong pageSize = 4) =>
        new(new EthClient(_rpc), new L1SyncOptions { Contract = Contract, StartBlock = 1, Confirmations = 0, PageSize = pageSize, ReorgHistoryBlocks = reorgHistory }, _sink);

    private void Deposit(ulong block, ulong index, ulong amount = 10) =>
        _chain.AddLog(hash => Log(RollupEventAbi.PriorityRequest, PriorityRequest(index, 1, Alice, DepositFields(Alice, amount)), block, hash), block);

    private static string State(L1Synchronizer sync, RecordingSink sink) =>
        $"{sync.NextBlock} {sync.Cursor} {string.Join(",", sync.KeptBlocks.Select(b => $"{b.Number}:{Hex.Encode(b.Hash)}:{b.Cursor}"))} {sink.ApplyCalls} {sink.Rewinds.Count}";

    [Fact]
    public async Task Events_are_applied_per_block_in_order_and_the_range_is_read_in_pages()
    {
        Deposit(3, 0);
        Deposit(3, 1);
        Deposit(8, 2);
        var sync = Synchronizer();
        var progress = await sync.SyncOnceAsync();
        Assert.Equal(new L1SyncProgress(10, 10, 2, null), progress);
        Assert.Equal([3UL, 8], _sink.Blocks.Select(b => b.Number));
        Assert.Equal([0UL, 1, 2], _sink.PriorityRequests.Select(r => r.Index));
        Assert.Equal(_chain.HashOf(2), _sink.Blocks[0].ParentHash);
        Assert.Equal(new SyncCursor(3, 0, 0), sync.Cursor);
        Assert.Equal(11UL, sync.NextBlock);
        Assert.Equal([0UL, 3, 4, 8, 10], sync.KeptBlocks.Select(b => b.Number));
    }

    [Fact]
    public async Task Malformed_json_answer_is_a_clear_fatal_error_and_leaves_the_state_unchanged()
    {
        Deposit(3, 0);
        var sync = Synchronizer();
        await sync.SyncOnceAsync();
        var before = State(sync, _sink);
        _chain.Grow(3);
        Deposit(12, 1);

        _chain.Faults["eth_getLogs"] = "{\"jsonrpc\":\"2.0\",\"id\":";
        var e = await Assert.ThrowsAsync<RpcException>(() => sync.SyncOnceAsync());
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Contains("not JSON", e.Message);
        Assert.Equal(before, State(sync, _sink));

        // A well-formed answer with a malformed value: a header hash of 31 bytes.
        _chain.Faults.Clear();
        _chain.Faults["eth_getBlockByNumber"] = "[" + string.Join(",", Enumerable.Range(0, 40).Select(i =>
            $"{{\"jsonrpc\":\"2.0\",\"id\":{i},\"result\":{{\"number\":\"0xb\",\"hash\":\"0x{new string('1', 62)}\"}}}}")) + "]";
        e = await Assert.ThrowsAsync<RpcException>(() => sync.SyncOnceAsync());
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Equal(before, State(sync, _sink));

        _chain.Faults.Clear();
        await sync.SyncOnceAsync();
        Assert.Equal([3UL, 12], _sink.Blocks.Select(b => b.Number));
    }

    [Fact]
    public async Task Timeouts_are_retryable_errors_that_leave_the_state_unchanged_and_the_loop_retries()
    {
        Deposit(3, 0);
        var sync = Synchronizer();
        await sync.SyncOnceAsync();
        var before = State(sync, _sink);
        _chain.Grow(2);
        Deposit(12, 1);

        _chain.Faults["eth_getLogs"] = ScriptedChain.Hang;
        var e = await Assert.ThrowsAsync<RpcException>(() => sync.SyncOnceAsync());
        Assert.Equal(RpcErrorKind.Retryable, e.Kind);
        Assert.Equal(2, e.Attempts);
        Assert.Equal(before, State(sync, _sink));

        // RunAsync keeps polling through the retryable failure and applies the block once the node answers.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var run = new L1Synchronizer(new EthClient(_rpc), sync.Options with { PollInterval = TimeSpan.FromMilliseconds(20) }, _sink, sync.Checkpoint);
        var loop = run.RunAsync(stop.Token);
        await Task.Delay(200);
        Assert.Equal(1, _sink.ApplyCalls);
        _chain.Faults.Clear();
        while (_sink.ApplyCalls < 2 && !stop.IsCancellationRequested) await Task.Delay(20);
        stop.Cancel();
        await loop;
        Assert.Equal([3UL, 12], _sink.Blocks.Select(b => b.Number));
        Assert.Equal(new SyncCursor(2, 0, 0), run.Cursor);
    }

    [Fact]
    public async Task Reorg_rewinds_to_the_newest_kept_block_still_on_the_chain()
    {
        Deposit(3, 0);
        Deposit(8, 1);
        var sync = Synchronizer();
        await sync.SyncOnceAsync();

        _chain.Reorganise(from: 7, length: 6, fork: 1);
        Deposit(9, 1, amount: 99);
        var progress = await sync.SyncOnceAsync();

        Assert.Equal(4UL, progress.RewoundTo);
        Assert.Equal([4UL], _sink.Rewinds);
        Assert.Equal([3UL, 9], _sink.Blocks.Select(b => b.Number));
        Assert.Equal(_chain.HashOf(9), _sink.Blocks[1].Hash);
        Assert.Equal(99UL * 1, ((Rollup.Core.Operations.DepositOperation)_sink.PriorityRequests.Last().ToOperation()).Amount);
        Assert.Equal(new SyncCursor(2, 0, 0), sync.Cursor);
        Assert.Equal(13UL, sync.NextBlock);
    }

    [Fact]
    public async Task Reorg_deeper_than_the_kept_history_is_a_fatal_error_saying_so()
    {
        Deposit(3, 0);
        var sync = Synchronizer(reorgHistory: 2, pageSize: 100);
        await sync.SyncOnceAsync();
        Assert.Equal([3UL, 10], sync.KeptBlocks.Select(b => b.Number));
        var before = State(sync, _sink);

        _chain.Reorganise(from: 2, length: 12, fork: 1);
        var e = await Assert.ThrowsAsync<ReorgTooDeepException>(() => sync.SyncOnceAsync());
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Contains("deeper than the kept history", e.Message);
        Assert.Equal((3UL, 10UL), (e.OldestKeptBlock, e.NewestKeptBlock));
        Assert.Empty(_sink.Rewinds);
        Assert.Equal(before, State(sync, _sink));
    }

    [Fact]
    public async Task Gap_in_the_priority_queue_is_fatal_and_nothing_of_the_range_is_applied()
    {
        Deposit(2, 0);
        Deposit(5, 2);
        var sync = Synchronizer(pageSize: 100);
        var e = await Assert.ThrowsAsync<L1SyncException>(() => sync.SyncOnceAsync());
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Contains("priority request 2 follows request 0: a gap", e.Message);
        Assert.Equal(0, _sink.ApplyCalls);
        Assert.Equal(new SyncCursor(0, 0, 0), sync.Cursor);
    }

    [Fact]
    public async Task Log_naming_a_block_hash_the_header_does_not_have_is_a_reorg_error_and_nothing_is_applied()
    {
        _chain.AddLog(_ => Log(RollupEventAbi.PriorityRequest, PriorityRequest(0, 1, Alice, DepositFields(Alice, 1)), 4, Hash(4, fork: 9)), 4);
        var sync = Synchronizer();
        var e = await Assert.ThrowsAsync<L1SyncException>(() => sync.SyncOnceAsync());
        Assert.Equal(RpcErrorKind.Reorg, e.Kind);
        Assert.Contains("chain changed while block 4", e.Message);
        Assert.Equal(0, _sink.ApplyCalls);
    }

    [Fact]
    public async Task Malformed_log_from_the_node_is_refused_with_the_decoding_error()
    {
        _chain.AddLog(hash => Log(RollupEventAbi.BatchReverted, [1UL, System.Numerics.BigInteger.One], 4, hash) with { Data = [1, 2, 3] }, 4);
        var e = await Assert.ThrowsAsync<RollupEventFormatException>(() => Synchronizer().SyncOnceAsync());
        Assert.Equal(4UL, e.Position!.BlockNumber);
        Assert.Equal(0, _sink.ApplyCalls);
    }

    [Fact]
    public async Task Block_the_sink_refuses_is_not_recorded_and_is_applied_again_next_time()
    {
        Deposit(3, 0);
        Deposit(8, 1);
        var sync = Synchronizer();
        _sink.FailOnceAt = 8;
        await Assert.ThrowsAsync<IOException>(() => sync.SyncOnceAsync());
        Assert.Equal(5UL, sync.NextBlock); // the page before ended at block 4
        Assert.Equal(new SyncCursor(1, 0, 0), sync.Cursor);
        Assert.Equal([3UL], _sink.Blocks.Select(b => b.Number));

        await sync.SyncOnceAsync();
        Assert.Equal([3UL, 8], _sink.Blocks.Select(b => b.Number));
        Assert.Equal(new SyncCursor(2, 0, 0), sync.Cursor);
        Assert.Equal(11UL, sync.NextBlock);
    }

    [Fact]
    public async Task Resuming_from_a_checkpoint_continues_after_it_with_its_cursor()
    {
        Deposit(3, 0);
        var first = Synchronizer();
        await first.SyncOnceAsync();
        _chain.Grow(2);
        Deposit(12, 1);
        var resumed = new L1Synchronizer(new EthClient(_rpc), first.Options, _sink, first.Checkpoint);
        Assert.Equal(11UL, resumed.NextBlock);
        await resumed.SyncOnceAsync();
        Assert.Equal([0UL, 1], _sink.PriorityRequests.Select(r => r.Index));
        Assert.Equal(new SyncCursor(2, 0, 0), resumed.Cursor);
    }

    public static TheoryData<string, Func<L1SyncOptions, L1SyncOptions>> BadOptions() => new()
    {
        { "Contract", o => o with { Contract = L1Address.Zero } },
        { "Confirmations", o => o with { Confirmations = 10_001 } },
        { "PageSize", o => o with { PageSize = 0 } },
        { "PollInterval", o => o with { PollInterval = TimeSpan.Zero } },
        { "ReorgHistoryBlocks", o => o with { ReorgHistoryBlocks = 0 } },
        { "StartBlock", o => o with { StartBlock = ulong.MaxValue } },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Options_with_a_bad_value_are_refused_naming_the_field(string field, Func<L1SyncOptions, L1SyncOptions> spoil)
    {
        var options = spoil(new L1SyncOptions { Contract = Contract, StartBlock = 1 });
        var e = Assert.ThrowsAny<ArgumentException>(() => new L1Synchronizer(new EthClient(_rpc), options, _sink));
        Assert.Equal(field, e.ParamName);
        Assert.Contains(field, e.Message);
    }
}
