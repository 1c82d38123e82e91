using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rollup.Sequencer.Engine;
using Rollup.SettlementClient.Sync;

namespace Rollup.Sequencer.L1;

/// <summary>
/// The sequencer's L1 event sink: hands every priority request the synchronizer reports to the
/// engine, in queue order and exactly once, then passes the block on to the <see cref="L1RollupView"/>
/// the batch poster reads. The engine's priority cursor (the state's count of applied requests,
/// which replay restores) is the only record of what was applied, so requests below it are
/// skipped: after a restart the synchronizer can start again at the deployment block.
/// </summary>
public sealed class PriorityRequestFeeder(SequencerEngine engine, L1RollupView view, ILogger<PriorityRequestFeeder>? logger = null) : IL1EventSink
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;
    // The newest block holding a request the engine has applied: a rewind below it is fatal.
    private ulong? _lastAppliedRequestBlock;
    private volatile Exception? _fault;

    public L1RollupView View => view;

    /// <summary>Set once a rewind removed applied requests; the feeder then refuses every block.</summary>
    public Exception? Fault => _fault;

    /// <summary>Requests handed to the engine by this feeder (skipped ones not counted).</summary>
    public long Fed { get; private set; }

    public async Task ApplyAsync(L1BlockEvents block, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (_fault is not null) throw _fault;
        if (block.PriorityRequests.Count > 0)
        {
            // Read per block rather than counted here: a wait cancelled after the engine queued the
            // command still applies it, and only the engine knows.
            ulong next = await engine.ReadAsync(v => v.State.PriorityCursor, cancellation);
            foreach (var request in block.PriorityRequests)
            {
                if (request.Index < next)
                {
                    _lastAppliedRequestBlock = block.Number;
                    continue;
                }
                if (request.Index > next)
                    throw new InvalidOperationException($"priority request {request.Index} arrived while the engine expects {next}: L1 sync did not start at the deployment block");
                var result = await engine.PriorityRequestAsync(request, cancellation);
                if (!result.Accepted)
                    throw new InvalidOperationException($"the engine refused priority request {request.Index}: {result}");
                _logger.LogInformation("Priority request {Index} ({Kind} for {Account}) from L1 block {L1Block} applied at {Sequence} in batch {Batch}",
                    request.Index, request.Kind, request.Account, block.Number, result.Sequence, result.Batch);
                _lastAppliedRequestBlock = block.Number;
                next++;
                Fed++;
            }
        }
        // After the engine: the view is not idempotent, and a block the engine failed on is applied again.
        await view.ApplyAsync(block, cancellation);
    }

    public async Task RewindToAsync(ulong blockNumber, CancellationToken cancellation)
    {
        if (_lastAppliedRequestBlock is { } applied && applied > blockNumber)
        {
            var fault = new PriorityRequestRewoundException(
                $"L1 reorganised below block {applied}, which holds priority requests the engine has applied (rewind to {blockNumber}); " +
                "the engine cannot un-apply them. Stop the sequencer, check the L1 node and raise L1:Confirmations.");
            _fault = fault;
            _logger.LogCritical(fault, "L1 reorg removed applied priority requests: rewind to {L1Block}, last applied request in {AppliedBlock}; feeding stopped",
                blockNumber, applied);
            throw fault;
        }
        await view.RewindToAsync(blockNumber, cancellation);
    }
}
