using Prometheus;
using Rollup.Sequencer.Engine;

namespace Rollup.Sequencer.Hosting;

/// <summary>
/// The sequencer's Prometheus metrics, served on the admin port at /metrics. One instance per
/// host with its own registry (so two hosts in one process do not share series). The engine,
/// RPC and L1 poster call the methods below; names follow Prometheus conventions (seconds,
/// _total for counters).
/// </summary>
public sealed class SequencerMetrics : IWriteStageObserver
{
    private static readonly double[] StageBuckets = [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.1, 1];
    private static readonly double[] LatencyBuckets = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];
    private static readonly double[] BatchBuckets = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600];

    private readonly Counter _accepted;
    private readonly Counter _rejected;
    private readonly Gauge _bookDepth;
    private readonly Histogram _ackLatency;
    private readonly Histogram _batchLatency;
    private readonly Counter _batchesSealed;
    private readonly Gauge _l1LagBlocks;
    private readonly Gauge _logLastSequence;
    private readonly Gauge _logDurableSequence;
    private readonly Gauge _logFlushes;
    // One child per stage, resolved once: observing is on every write's path.
    private readonly Histogram.Child[] _writeStages;

    public SequencerMetrics()
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        _accepted = factory.CreateCounter("sequencer_operations_accepted_total", "Operations accepted into the log, by kind.", "kind");
        _rejected = factory.CreateCounter("sequencer_operations_rejected_total", "Operations rejected at admission or execution, by kind and reason.", "kind", "reason");
        _bookDepth = factory.CreateGauge("sequencer_book_depth_orders", "Resting orders per series and side.", "series", "side");
        _ackLatency = factory.CreateHistogram("sequencer_ack_latency_seconds", "From receipt of an operation to its durable acknowledgement.",
            new HistogramConfiguration { Buckets = LatencyBuckets });
        _batchLatency = factory.CreateHistogram("sequencer_batch_latency_seconds", "From a batch's first operation to a batch stage, by stage (sealed, committed, proven, finalized).",
            new HistogramConfiguration { Buckets = BatchBuckets, LabelNames = ["stage"] });
        _batchesSealed = factory.CreateCounter("sequencer_batches_sealed_total", "Batches sealed.");
        _l1LagBlocks = factory.CreateGauge("sequencer_l1_lag_blocks", "L1 head minus the last L1 block the sequencer has processed.");
        _logLastSequence = factory.CreateGauge("sequencer_log_last_sequence", "Sequence number of the last appended log entry.");
        _logDurableSequence = factory.CreateGauge("sequencer_log_durable_sequence", "Sequence number up to which the log is on disk.");
        _logFlushes = factory.CreateGauge("sequencer_log_flushes", "Group commits (fsyncs) of the operation log since start.");
        var writeStage = factory.CreateHistogram("sequencer_write_stage_seconds",
            "Time a write spends in each stage before its receipt: queue (until the writer has it, signature checked), apply (applied and appended), durable (on disk), receipt (receipt group signed).",
            new HistogramConfiguration { Buckets = StageBuckets, LabelNames = ["stage"] });
        _writeStages = new Histogram.Child[Enum.GetValues<WriteStage>().Length];
        foreach (var stage in Enum.GetValues<WriteStage>()) _writeStages[(int)stage] = writeStage.WithLabels(StageLabel(stage));
    }

    public CollectorRegistry Registry { get; }

    public void OperationAccepted(string kind) => _accepted.WithLabels(kind).Inc();

    public void OperationRejected(string kind, string reason) => _rejected.WithLabels(kind, reason).Inc();

    public void BookDepth(string series, string side, int orders) => _bookDepth.WithLabels(series, side).Set(orders);

    public void AckLatency(TimeSpan latency) => _ackLatency.Observe(latency.TotalSeconds);

    public void BatchSealed(TimeSpan sinceFirstOperation)
    {
        _batchesSealed.Inc();
        _batchLatency.WithLabels("sealed").Observe(sinceFirstOperation.TotalSeconds);
    }

    /// <summary>A batch reached an L1 stage (committed, proven, finalized) this long after its first operation.</summary>
    public void BatchStage(string stage, TimeSpan sinceFirstOperation) => _batchLatency.WithLabels(stage).Observe(sinceFirstOperation.TotalSeconds);

    public void L1Lag(long blocks) => _l1LagBlocks.Set(blocks);

    public void Observe(WriteStage stage, TimeSpan elapsed) => _writeStages[(int)stage].Observe(elapsed.TotalSeconds);

    public static string StageLabel(WriteStage stage) => stage switch
    {
        WriteStage.Queue => "queue",
        WriteStage.Apply => "apply",
        WriteStage.Durable => "durable",
        WriteStage.Receipt => "receipt",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    /// <summary>Samples the log's positions just before each scrape.</summary>
    public void ObserveLog(Func<(long Last, long Durable, long Flushes)> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        Registry.AddBeforeCollectCallback(() =>
        {
            var (last, durable, flushes) = sample();
            _logLastSequence.Set(last);
            _logDurableSequence.Set(durable);
            _logFlushes.Set(flushes);
        });
    }
}
