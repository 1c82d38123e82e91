namespace Rollup.Sequencer.Engine.Admission;

/// <summary>
/// A command's signature pre-check, started on the thread pool when the command is queued and
/// finished by whoever reaches it first: a pool thread, or the writer when the command comes up.
/// The calls of a JSON-RPC batch are queued one after another on one thread, so checking their
/// signatures there would take one verification time per call before the last is queued; here
/// they run on every core while the queue keeps the submission order. The result is null when
/// the signature does not verify against the account's known key.
/// </summary>
internal sealed class SignatureCheck : IThreadPoolWorkItem
{
    private readonly Func<PreVerified?> _check;
    // Completing without RunContinuationsAsynchronously lets a writer waiting for this check go on
    // on the thread that finished it, instead of queueing behind the pool's other work.
    private readonly TaskCompletionSource<PreVerified?> _result = new();
    private int _claimed;

    private SignatureCheck(Func<PreVerified?> check) => _check = check;

    public Task<PreVerified?> Result => _result.Task;

    public static SignatureCheck Start(Func<PreVerified?> check)
    {
        var pending = new SignatureCheck(check);
        ThreadPool.UnsafeQueueUserWorkItem(pending, preferLocal: false);
        return pending;
    }

    public void Execute() => TryRun();

    /// <summary>Runs the check on this thread unless another has claimed it; false when it had.</summary>
    public bool TryRun()
    {
        if (Interlocked.Exchange(ref _claimed, 1) != 0) return false;
        try
        {
            _result.SetResult(_check());
        }
        catch (Exception e)
        {
            _result.SetException(e);
        }
        return true;
    }
}
