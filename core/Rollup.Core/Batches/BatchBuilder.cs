using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Operations;
using Rollup.Core.Pubdata;

namespace Rollup.Core.Batches;

/// <summary>
/// Applies operations to the state for one batch and seals it: rejected operations are left
/// out (and reported), accepted ones contribute their records and traces, and sealing pads
/// the batch to the circuit's slot count with no-ops.
/// </summary>
public sealed class BatchBuilder
{
    private readonly StateTransition _stf;
    private readonly List<PubdataRecord> _records = new();
    private readonly List<IReadOnlyList<TraceEntry>> _traces = new();
    private readonly Fr _oldRoot;
    private readonly ulong _priorityFirst;

    public BatchBuilder(StateTransition stf, ulong number, ulong timestamp, int slots)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(timestamp, State.Limits.MaxTimestamp);
        _stf = stf;
        Number = number;
        Timestamp = timestamp;
        Slots = slots;
        _stf.Timestamp = timestamp;
        _oldRoot = stf.State.Root;
        _priorityFirst = stf.State.PriorityCursor;
    }

    public ulong Number { get; }
    public ulong Timestamp { get; }
    public int Slots { get; }
    public int Count => _records.Count;
    public bool IsFull => _records.Count >= Slots;

    /// <summary>Applies the operation if there is a free slot; a rejected or non-fitting operation changes nothing.</summary>
    public OperationResult Add(Operation op)
    {
        if (IsFull) throw new InvalidOperationException($"batch {Number} is full ({Slots} slots)");
        var result = _stf.Apply(op);
        if (result.Accepted)
        {
            _records.Add(result.Record!);
            _traces.Add(result.Trace);
        }
        return result;
    }

    public Batch Seal()
    {
        while (_records.Count < Slots)
        {
            _records.Add(NoopRecord.Instance);
            _traces.Add([]);
        }
        var pubdata = PubdataCodec.Encode(Timestamp, _records);
        return new Batch(Number, Timestamp, _priorityFirst, _stf.State.PriorityCursor, _oldRoot, _stf.State.Root, pubdata, _records.ToArray(), _traces.ToArray());
    }
}
