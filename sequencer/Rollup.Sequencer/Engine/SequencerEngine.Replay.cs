using Microsoft.Extensions.Logging;
using Rollup.Sequencer.Engine.Admission;
using Rollup.Sequencer.Engine.Commands;

namespace Rollup.Sequencer.Engine;

// Start: the log from genesis through the same Apply as live commands.
public sealed partial class SequencerEngine
{
    private void Replay(CancellationToken cancellation)
    {
        long count = 0;
        foreach (var entry in _log.Read(0))
        {
            cancellation.ThrowIfCancellationRequested();
            if (entry.Sequence != _lastSequence + 1)
                throw new InvalidDataException($"log entry {entry.Sequence} follows {_lastSequence}: the log has a gap");
            var sequenced = CommandCodec.Decode(entry.Payload);
            Apply(sequenced, PreVerified.None, replay: true);
            if (!_changed)
                throw new InvalidDataException($"log entry {entry.Sequence} ({sequenced.Command.Kind}) changes nothing on replay: the log does not belong to this genesis or engine version");
            _lastSequence = entry.Sequence;
            _lastTimestampMs = sequenced.TimestampMs;
            Publish(_sealedByCommand.ToArray());
            count++;
        }
        _replaying = false;
        if (_log.LastSequence != _lastSequence)
            throw new InvalidDataException($"the log holds entries up to {_log.LastSequence} but only {_lastSequence} were readable");
        _keys.Load(_state);
        _logger.LogInformation("Replayed {Count} commands to {Sequence}: root {Root}, {Orders} resting orders, next batch {Batch}",
            count, _lastSequence, _state.Root, _books.OrderCount, _nextBatchNumber);
    }
}
