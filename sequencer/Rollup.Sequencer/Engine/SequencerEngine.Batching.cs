using Rollup.Core.Batches;
using Rollup.Core.Execution;
using Rollup.Core.Operations;

namespace Rollup.Sequencer.Engine;

// The open batch. It opens at the time of the first command that applies an operation, and
// seals when full, on SealBatch, before an oracle price newer than its time, or after a
// priority request whose L1 deadline is near. Every boundary follows from logged commands.
public sealed partial class SequencerEngine
{
    private readonly List<Batch> _sealedByCommand = new();
    private BatchBuilder? _batch;
    private ulong _nextBatchNumber;
    private bool _batchOpenedByCommand;
    private ulong _commandBatch;
    private readonly List<BatchSpan> _spans = new();
    private long _openFirstSequence;
    private long _openLastSequence;

    /// <summary>The time every rule of the current command compares against: the open batch's, else the command's.</summary>
    private ulong Now => _batch?.Timestamp ?? _commandSeconds;

    /// <summary>Applies one operation through core in the open batch; accepted operations mark the command as changed.</summary>
    internal OperationResult ApplyOperation(Operation op)
    {
        if (_batch is { IsFull: true }) SealOpenBatch();
        if (_batch is null)
        {
            _batch = new BatchBuilder(_stf, _nextBatchNumber, _commandSeconds, _options.BatchSlots);
            _batchOpenedByCommand = true;
            _openFirstSequence = 0;
        }
        var result = _batch.Add(op);
        if (!result.Accepted) return result;
        _changed = true;
        // Live and on replay alike, the command being applied gets the next sequence number.
        if (_openFirstSequence == 0) _openFirstSequence = _lastSequence + 1;
        _openLastSequence = _lastSequence + 1;
        _commandBatch = _batch.Number;
        if (_batch.IsFull) SealOpenBatch();
        return result;
    }

    private void SealOpenBatch()
    {
        if (_batch is null || _batch.Count == 0) return;
        int operations = _batch.Count;
        var batch = _batch.Seal();
        _batch = null;
        _spans.Add(new BatchSpan(batch.Number, _openFirstSequence, _openLastSequence, operations, batch.NewRoot, batch.Timestamp));
        _openFirstSequence = 0;
        _nextBatchNumber++;
        _sealedByCommand.Add(batch);
        _changed = true;
    }

    /// <summary>Makes "now" at least <paramref name="seconds"/>: a non-empty open batch with an older time is sealed, an empty one dropped.</summary>
    private void AdvanceBatchTime(ulong seconds)
    {
        if (_batch is null || _batch.Timestamp >= seconds) return;
        if (_batch.Count > 0) SealOpenBatch();
        else _batch = null;
    }

    private CommandResult ApplySeal()
    {
        if (_batch is null || _batch.Count == 0) return Accepted();
        SealOpenBatch();
        return Accepted();
    }
}
