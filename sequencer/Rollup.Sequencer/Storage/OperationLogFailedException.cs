namespace Rollup.Sequencer.Storage;

/// <summary>
/// The operation log failed to make entries durable. The failure is fatal: every waiter past the
/// durable sequence faults with it and further appends are refused, so nothing is acknowledged
/// that is not on disk. The service must stop and replay from the log on restart.
/// </summary>
public sealed class OperationLogFailedException : SequencerStorageException
{
    public OperationLogFailedException(string message, Exception inner) : base(message, inner)
    {
    }
}
