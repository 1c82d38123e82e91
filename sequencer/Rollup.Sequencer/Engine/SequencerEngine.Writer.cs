using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Rollup.Core.Batches;
using Rollup.Sequencer.Engine.Commands;

namespace Rollup.Sequencer.Engine;

// The single writer: sequencing, logging and acknowledgement.
public sealed partial class SequencerEngine
{
    private long _lastSequence;
    private long _lastTimestampMs;

    internal EngineView View => _view;

    private async Task WriterLoop()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var work))
            {
                if (_fault is not null)
                {
                    work.Abandon(_fault);
                    continue;
                }
                // The writer runs a check nobody has started yet itself, and waits only for one
                // that is running elsewhere.
                if (work is PendingCommand { Check: { } check } && !check.TryRun() && !check.Result.IsCompleted)
                    await ((Task)check.Result).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (_stages is not null && work is PendingCommand pending)
                {
                    pending.TakenAt = Stopwatch.GetTimestamp();
                    _stages.Observe(WriteStage.Queue, Stopwatch.GetElapsedTime(pending.SubmittedAt, pending.TakenAt));
                }
                work.Run(this);
            }
        }
    }

    internal void Process(PendingCommand pending)
    {
        var preVerified = pending.PreVerified;
        if (pending.Check is { } check)
        {
            if (!check.Result.IsCompletedSuccessfully)
            {
                var error = check.Result.Exception?.InnerException;
                _logger.LogError(error, "The signature check of a {Kind} failed", pending.Command.Kind);
                pending.Completion.TrySetResult(CommandResult.Refused(CommandError.Invalid, "the signature check failed: " + error?.Message));
                return;
            }
            if (check.Result.Result is not { } pre)
            {
                pending.Completion.TrySetResult(BadSignature(pending.Signer));
                return;
            }
            preVerified = pre;
        }
        // The engine's clock never runs backwards, across restarts included: times are logged.
        long now = Math.Max(_clock.UnixMilliseconds(), _lastTimestampMs);
        var sequenced = new SequencedCommand(now, pending.Command);
        CommandResult result;
        try
        {
            result = Apply(sequenced, preVerified, replay: false);
        }
        catch (Exception e)
        {
            // An exception mid-command may leave the state and books half-changed: stop, and let a restart replay the log.
            Stop(e, $"applying a {pending.Command.Kind} failed");
            pending.Abandon(e);
            return;
        }
        if (!_changed)
        {
            pending.Completion.TrySetResult(result);
            return;
        }
        long sequence;
        try
        {
            sequence = _log.Append(CommandCodec.Encode(sequenced));
        }
        catch (Exception e)
        {
            Stop(e, $"appending a {pending.Command.Kind} to the log failed");
            pending.Abandon(e);
            return;
        }
        if (sequence != _lastSequence + 1)
        {
            var gap = new InvalidOperationException($"the log returned sequence {sequence} after {_lastSequence}");
            Stop(gap, $"the log broke sequence order at a {pending.Command.Kind}");
            pending.Abandon(gap);
            return;
        }
        _lastSequence = sequence;
        _lastTimestampMs = now;
        if (_stages is not null)
        {
            pending.LoggedAt = Stopwatch.GetTimestamp();
            _stages.Observe(WriteStage.Apply, Stopwatch.GetElapsedTime(pending.TakenAt, pending.LoggedAt));
        }
        var sealedBatches = _sealedByCommand.Count == 0 ? (IReadOnlyList<Batch>)[] : _sealedByCommand.ToArray();
        _acks.Writer.TryWrite(new Acknowledgement(sequence, pending, result with { Sequence = sequence, TimestampMs = now }, sealedBatches));
    }

    private async Task AcknowledgeLoop()
    {
        var reader = _acks.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var ack))
            {
                try
                {
                    // Durability covers a prefix, so waiting in sequence order costs one wait per flush.
                    await _log.WaitDurableAsync(ack.Sequence).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    Stop(e, $"the log failed to make {ack.Sequence} durable");
                    ack.Pending?.Abandon(e);
                    continue;
                }
                if (_stages is not null && ack.Pending is { LoggedAt: > 0 } logged) _stages.Observe(WriteStage.Durable, Stopwatch.GetElapsedTime(logged.LoggedAt));
                Publish(ack.Sealed);
                ack.Pending?.Completion.TrySetResult(ack.Result);
            }
        }
    }

    private void Publish(IReadOnlyList<Batch> batches)
    {
        foreach (var b in batches)
        {
            lock (_sealedLock) _sealed.Add(b);
            _sealedChannel.Writer.TryWrite(b);
            _logger.LogInformation("Sealed batch {Batch}: {Operations} operations, root {Root}", b.Number, CountOperations(b), b.NewRoot);
        }
    }

    private static int CountOperations(Batch b)
    {
        int n = 0;
        foreach (var r in b.Records)
            if (r.Kind != Core.Operations.OperationKind.Noop) n++;
        return n;
    }

    private void Stop(Exception e, string reason)
    {
        _fault ??= e;
        _logger.LogError(e, "Engine stopped after {Sequence}: {Reason}", _lastSequence, reason);
    }
}
