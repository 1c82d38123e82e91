using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Rollup.Core.Batches;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.State;
using Rollup.SettlementClient.Verification;

namespace Rollup.Bench;

/// <summary>
/// `rollup verify`'s re-execution: StateVerifier checking full committed batches (mostly trades
/// among many accounts, plus deposits, an oracle price and withdrawals; see
/// <see cref="VerificationWorkload"/>) against their posted roots and commitments. One
/// operation is one non-noop pubdata record. Every iteration starts from the same state,
/// restored from a checkpoint outside the timed region.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class VerificationBenchmarks
{
    private const int MeasuredBatches = 2;
    private VerificationWorkload _workload = null!;
    private VerificationCheckpoint _afterSetup = null!;
    private StateVerifier _verifier = null!;
    private StateTransition _perOperation = null!;

    [Params(1_000, 10_000)]
    public int Accounts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = new VerificationWorkload(Accounts).Setup().TradeBatches(MeasuredBatches);
        var verifier = new StateVerifier(_workload.Config);
        var report = verifier.Verify(_workload.Batches[0]);
        if (!report.IsGood) throw new InvalidOperationException($"setup batch: {report}");
        _afterSetup = verifier.CreateCheckpoint();
    }

    [IterationSetup(Target = nameof(VerifyBatches))]
    public void Restore() => _verifier = StateVerifier.Resume(_workload.Config, _afterSetup);

    [IterationSetup(Target = nameof(ReplayPerOperation))]
    public void RestorePerOperation() =>
        _perOperation = new StateTransition(RollupState.Restore(_afterSetup.State)) { CollectTrace = false };

    /// <summary>The same batches through core's BatchReplayer with hashing at every operation (the path before deferred hashing).</summary>
    [Benchmark(Baseline = true, Description = "BatchReplayer, per-operation hashing", OperationsPerInvoke = MeasuredBatches * VerificationWorkload.BatchSize)]
    public Fr ReplayPerOperation()
    {
        for (int i = 1; i <= MeasuredBatches; i++)
        {
            var b = _workload.Batches[i];
            var commitment = BatchReplayer.Replay(_perOperation, b.Number, b.PriorityFirst, b.Pubdata);
            if (!commitment.Equals(b.Commitment)) throw new InvalidOperationException($"batch {b.Number} does not replay to its commitment");
        }
        return _perOperation.State.Root;
    }

    [Benchmark(Description = "StateVerifier, full batches", OperationsPerInvoke = MeasuredBatches * VerificationWorkload.BatchSize)]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public Fr VerifyBatches()
    {
        for (int i = 1; i <= MeasuredBatches; i++)
        {
            var report = _verifier.Verify(_workload.Batches[i]);
            if (!report.IsGood) throw new InvalidOperationException(report.ToString());
        }
        return _verifier.Root;
    }
}
