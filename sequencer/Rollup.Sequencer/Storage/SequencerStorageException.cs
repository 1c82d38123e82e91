namespace Rollup.Sequencer.Storage;

/// <summary>The sequencer's database cannot be opened or used: locked by another process, corrupt, of another genesis, or failed to write.</summary>
public class SequencerStorageException : Exception
{
    public SequencerStorageException(string message) : base(message)
    {
    }

    public SequencerStorageException(string message, Exception inner) : base(message, inner)
    {
    }
}
