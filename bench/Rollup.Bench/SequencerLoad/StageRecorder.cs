using System.Collections.Concurrent;
using Rollup.Sequencer.Engine;

namespace Rollup.Bench.SequencerLoad;

/// <summary>
/// Keeps every write-stage time the service reports while recording (and passes each on to the
/// service's own metrics), so the bench can print exact per-stage percentiles next to the
/// end-to-end ones.
/// </summary>
internal sealed class StageRecorder(IWriteStageObserver metrics) : IWriteStageObserver
{
    private readonly ConcurrentQueue<double>[] _milliseconds = Enum.GetValues<WriteStage>().Select(_ => new ConcurrentQueue<double>()).ToArray();

    public bool Recording { get; set; }

    public void Observe(WriteStage stage, TimeSpan elapsed)
    {
        metrics.Observe(stage, elapsed);
        if (Recording) _milliseconds[(int)stage].Enqueue(elapsed.TotalMilliseconds);
    }

    public void Clear()
    {
        foreach (var queue in _milliseconds) queue.Clear();
    }

    /// <summary>One line per stage: p50 / p99 / p99.9 / max in ms over what was recorded.</summary>
    public IEnumerable<string> Report()
    {
        foreach (var stage in Enum.GetValues<WriteStage>())
        {
            var sorted = _milliseconds[(int)stage].ToArray();
            Array.Sort(sorted);
            if (sorted.Length == 0) continue;
            double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
            yield return $"{stage.ToString().ToLowerInvariant()}: {At(0.5):F2} / {At(0.99):F2} / {At(0.999):F2} / {sorted[^1]:F2} ms";
        }
    }
}
