namespace Rollup.Sequencer.Storage;

public sealed partial class LiteDbOperationLog
{
    // Waiters ordered by sequence; the flusher completes them in that order as the durable
    // sequence advances, so an acknowledgement never overtakes an earlier one.
    private readonly PriorityQueue<TaskCompletionSource, long> _waiters = new();
    private readonly Lock _waitGate = new();
    private bool _closed;

    public ValueTask WaitDurableAsync(long sequence, CancellationToken cancellation = default)
    {
        if (sequence <= Volatile.Read(ref _durable)) return ValueTask.CompletedTask;
        if (sequence > Volatile.Read(ref _last))
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, $"sequence {sequence} was never appended (last is {LastSequence})");
        TaskCompletionSource waiter;
        lock (_waitGate)
        {
            if (sequence <= _durable) return ValueTask.CompletedTask;
            if (_failure is { } failure) return ValueTask.FromException(Failed(failure));
            if (_closed) return ValueTask.FromException(Closed(sequence));
            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Enqueue(waiter, sequence);
        }
        return new ValueTask(cancellation.CanBeCanceled ? waiter.Task.WaitAsync(cancellation) : waiter.Task);
    }

    private void MarkDurable(long sequence)
    {
        lock (_waitGate)
        {
            Volatile.Write(ref _durable, sequence);
            while (_waiters.TryPeek(out var waiter, out long waited) && waited <= sequence)
            {
                _waiters.Dequeue();
                waiter.TrySetResult();
            }
        }
    }

    private void FaultWaiters(Exception failure)
    {
        lock (_waitGate)
        {
            Volatile.Write(ref _failure, failure);
            while (_waiters.TryDequeue(out var waiter, out _)) waiter.TrySetException(Failed(failure));
        }
    }

    private void CloseWaiters()
    {
        lock (_waitGate)
        {
            _closed = true;
            while (_waiters.TryDequeue(out var waiter, out long sequence)) waiter.TrySetException(Closed(sequence));
        }
    }

    private static ObjectDisposedException Closed(long sequence) =>
        new(nameof(LiteDbOperationLog), $"the operation log was closed before sequence {sequence} became durable");
}
