using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rollup.SettlementClient.Contracts.Events;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Sync;

/// <summary>
/// Follows the settlement contract on L1 from the start block to head minus the confirmation
/// depth and hands each block's events to an <see cref="IL1EventSink"/>. It keeps the hashes of
/// recently processed blocks; before applying a range it checks that the range's first block
/// builds on the last processed one, and on a mismatch walks back to the newest kept block still
/// on the chain, rewinds the sink to it and applies again from there. The algorithm is described
/// in docs/SETTLEMENT_CLIENT.md. Not thread-safe: one <see cref="SyncOnceAsync"/> at a time.
/// </summary>
public sealed partial class L1Synchronizer
{
    private readonly EthClient _eth;
    private readonly IL1EventSink _sink;
    private readonly RollupEventDecoder _decoder;
    private readonly ILogger _logger;
    private readonly List<ProcessedBlock> _history = new();
    private ulong _next;
    private SyncCursor _cursor;
    private int _running;

    /// <param name="resumeFrom">A checkpoint (<see cref="Checkpoint"/>) of an earlier run; null starts at <see cref="L1SyncOptions.StartBlock"/> with an empty queue and no batches.</param>
    public L1Synchronizer(EthClient eth, L1SyncOptions options, IL1EventSink sink, ProcessedBlock? resumeFrom = null, ILogger<L1Synchronizer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(eth);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        _eth = eth;
        Options = options;
        _sink = sink;
        _decoder = new RollupEventDecoder(options.Contract);
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _next = options.StartBlock;
        if (resumeFrom is not null)
        {
            if (resumeFrom.Hash is not { Length: 32 }) throw new ArgumentException("the checkpoint's block hash is 32 bytes", nameof(resumeFrom));
            if (resumeFrom.Number + 1 < options.StartBlock)
                throw new ArgumentException($"the checkpoint (block {resumeFrom.Number}) is before the start block {options.StartBlock}", nameof(resumeFrom));
            _history.Add(resumeFrom);
            _next = resumeFrom.Number + 1;
            _cursor = resumeFrom.Cursor;
        }
    }

    public L1SyncOptions Options { get; }

    /// <summary>The next block to process.</summary>
    public ulong NextBlock => _next;

    /// <summary>The queue index and batch numbers the applied events have reached.</summary>
    public SyncCursor Cursor => _cursor;

    /// <summary>The last processed block with its cursor: store it to resume; null before the first sync.</summary>
    public ProcessedBlock? Checkpoint => _history.Count == 0 ? null : _history[^1];

    /// <summary>The processed blocks whose hashes are kept for reorg detection, oldest first.</summary>
    public IReadOnlyList<ProcessedBlock> KeptBlocks => _history.ToArray();

    /// <summary>
    /// Processes every confirmed block not yet processed, rewinding first if the chain
    /// reorganised. An RPC failure (<see cref="RpcException"/>, classified) or a
    /// <see cref="L1SyncException"/> leaves the synchronizer as it was after the last block the
    /// sink accepted.
    /// </summary>
    public async Task<L1SyncProgress> SyncOnceAsync(CancellationToken cancellation = default)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1) throw new InvalidOperationException("SyncOnceAsync is already running");
        try
        {
            return await SyncAsync(cancellation);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>
    /// Polls until cancelled. Retryable and reorg-classified failures are logged and retried at
    /// the next poll; fatal ones (including <see cref="ReorgTooDeepException"/>) end the loop.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                var progress = await SyncOnceAsync(cancellation);
                if (progress.BlocksApplied > 0 || progress.RewoundTo is not null)
                    _logger.LogInformation("L1 sync at {L1Block} (head {Head}): {Blocks} blocks with events applied, rewound to {RewoundTo}",
                        progress.ProcessedThrough, progress.Head, progress.BlocksApplied, progress.RewoundTo);
            }
            catch (RpcException e) when (e.Kind != RpcErrorKind.Fatal && !cancellation.IsCancellationRequested)
            {
                _logger.LogWarning(e, "L1 sync at {L1Block}: {Kind} RPC failure, retrying at the next poll", _next, e.Kind);
            }
            catch (L1SyncException e) when (e.Kind != RpcErrorKind.Fatal && !cancellation.IsCancellationRequested)
            {
                _logger.LogWarning(e, "L1 sync at {L1Block}: {Kind}, retrying at the next poll", _next, e.Kind);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return;
            }
            try
            {
                await Task.Delay(Options.PollInterval, cancellation);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<L1SyncProgress> SyncAsync(CancellationToken cancellation)
    {
        ulong head = await _eth.BlockNumberAsync(cancellation);
        ulong? rewoundTo = null;
        int applied = 0;
        if (head < Options.Confirmations) return Progress(head, applied, rewoundTo);
        ulong target = head - Options.Confirmations;

        if (_history.Count == 0 && _next > 0)
        {
            // The block before the start anchors the first range's parent check.
            if (target < _next - 1) return Progress(head, applied, rewoundTo);
            var anchor = await GetHeaderAsync(_next - 1, cancellation);
            _history.Add(new ProcessedBlock(anchor.Number, anchor.Hash, _cursor));
        }

        if (target < _next && _history.Count > 0 && !await IsOnChainAsync(_history[^1], cancellation))
            rewoundTo = await RewindAsync(cancellation);

        while (_next <= target)
        {
            ulong to = target - _next < Options.PageSize ? target : _next + Options.PageSize - 1;
            var range = await ReadRangeAsync(_next, to, cancellation);
            if (_history.Count > 0 && !range.First.ParentHash.AsSpan().SequenceEqual(_history[^1].Hash))
            {
                _logger.LogWarning("L1 block {L1Block} does not build on processed block {Parent}: reorg", range.First.Number, _history[^1].Number);
                rewoundTo = await RewindAsync(cancellation);
                continue;
            }
            var cursors = Order(range.Blocks);
            for (int i = 0; i < range.Blocks.Count; i++)
            {
                var block = range.Blocks[i];
                await _sink.ApplyAsync(block, cancellation);
                Record(new ProcessedBlock(block.Number, block.Hash, cursors[i]));
                applied++;
            }
            if (_history.Count == 0 || _history[^1].Number != to) Record(new ProcessedBlock(to, range.Last.Hash, _cursor));
            Trim();
        }
        return Progress(head, applied, rewoundTo);
    }

    private void Record(ProcessedBlock block)
    {
        _history.Add(block);
        _cursor = block.Cursor;
        _next = block.Number + 1;
    }

    /// <summary>Drops kept blocks older than the reorg window, keeping the newest one at or below its edge.</summary>
    private void Trim()
    {
        ulong newest = _history[^1].Number;
        int drop = 0;
        while (drop + 1 < _history.Count && _history[drop + 1].Number + Options.ReorgHistoryBlocks <= newest) drop++;
        if (drop > 0) _history.RemoveRange(0, drop);
    }

    private L1SyncProgress Progress(ulong head, int applied, ulong? rewoundTo) => new(head, Checkpoint?.Number, applied, rewoundTo);
}
