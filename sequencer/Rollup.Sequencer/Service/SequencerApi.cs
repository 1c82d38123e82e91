using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Rollup.Core.State;
using Rollup.Sequencer.Engine;
using Rollup.Sequencer.Hosting;
using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc;
using Rollup.Sequencer.Rpc.Errors;
using Rollup.Sequencer.Rpc.Subscriptions;
using Rollup.Sequencer.Storage;

namespace Rollup.Sequencer.Service;

/// <summary>
/// The JSON-RPC API over the engine. Writes call the engine's command and return once the
/// engine acknowledged it, which happens only after its log entry is durable; refusals become
/// typed errors. Reads run inside the engine's writer (<see cref="SequencerEngine.ReadAsync{T}"/>),
/// so each sees one consistent state. Batch L1 status comes from <see cref="BatchRecordStore"/>,
/// which the L1 side updates. After each write the book, fills and batch changes are published
/// to the <see cref="SubscriptionHub"/>.
/// </summary>
public sealed partial class SequencerApi : ISequencerApi, ISequencerAdmin
{
    /// <summary>Fills kept for rollup_getTrades.</summary>
    public const int RecentTradeCapacity = 10_000;

    private readonly SequencerEngine _engine;
    private readonly IOperationLog _log;
    private readonly BatchRecordStore _records;
    private readonly SubscriptionHub _hub;
    private readonly ReceiptSigner _signer;
    private readonly GenesisConfig _genesis;
    private readonly ISequencerClock _clock;
    private readonly SequencerMetrics _metrics;
    private readonly ILogger<SequencerApi> _logger;
    private readonly RecentTrades _trades = new(RecentTradeCapacity);
    private volatile bool _paused;

    public SequencerApi(SequencerEngine engine, IOperationLog log, BatchRecordStore records, SubscriptionHub hub, ReceiptSigner signer,
        GenesisConfig genesis, ISequencerClock clock, SequencerMetrics metrics, ILogger<SequencerApi> logger)
    {
        _engine = engine;
        _log = log;
        _records = records;
        _hub = hub;
        _signer = signer;
        _genesis = genesis;
        _clock = clock;
        _metrics = metrics;
        _logger = logger;
    }

    public bool IsPaused => _paused;

    /// <summary>Rules compare against the open batch's time while one is open, else against the clock.</summary>
    private ulong NowSeconds(EngineView view) => view.OpenBatchTimestamp != 0 ? view.OpenBatchTimestamp : (ulong)Math.Max(0, _clock.UnixMilliseconds() / 1000);

    private void RequireWritable()
    {
        if (_paused) throw new RpcException(RpcErrorCode.Paused, "the sequencer is paused by its operator");
    }

    /// <summary>Throws the typed refusal, or records the acceptance in the metrics.</summary>
    private CommandResult Require(CommandResult result, string kind, long startedAt)
    {
        if (!result.Accepted)
        {
            _metrics.OperationRejected(kind, CommandRefusal.Label(result));
            throw CommandRefusal.ToException(result);
        }
        _metrics.OperationAccepted(kind);
        _metrics.AckLatency(Stopwatch.GetElapsedTime(startedAt));
        return result;
    }
}
