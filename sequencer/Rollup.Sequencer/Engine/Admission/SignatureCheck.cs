using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Signatures;

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
    private readonly Func<PreVerified?>? _check;
    // A verification: what to verify (null when the signer's key is not known yet, which the
    // writer then checks), and what to do with one that verified.
    private readonly SignatureCheckQueue? _queue;
    private readonly Func<SignatureRequest?>? _prepare;
    private readonly Action<Fr, SignatureRequest>? _accepted;
    // Completing without RunContinuationsAsynchronously lets a writer waiting for this check go on
    // on the thread that finished it, instead of queueing behind the pool's other work.
    private readonly TaskCompletionSource<PreVerified?> _result = new();
    private int _claimed;

    private SignatureCheck(Func<PreVerified?> check) => _check = check;

    private SignatureCheck(SignatureCheckQueue queue, Func<SignatureRequest?> prepare, Action<Fr, SignatureRequest> accepted)
    {
        _queue = queue;
        _prepare = prepare;
        _accepted = accepted;
    }

    public Task<PreVerified?> Result => _result.Task;

    /// <summary>A check of its own, run alone.</summary>
    public static SignatureCheck Start(Func<PreVerified?> check)
    {
        var pending = new SignatureCheck(check);
        ThreadPool.UnsafeQueueUserWorkItem(pending, preferLocal: false);
        return pending;
    }

    /// <summary>A verification that may run in a group with others waiting in queue.</summary>
    public static SignatureCheck StartVerification(SignatureCheckQueue queue, Func<SignatureRequest?> prepare, Action<Fr, SignatureRequest> accepted)
    {
        var pending = new SignatureCheck(queue, prepare, accepted);
        queue.Add(pending);
        ThreadPool.UnsafeQueueUserWorkItem(pending, preferLocal: false);
        return pending;
    }

    public void Execute()
    {
        if (_queue is null)
        {
            TryRun();
            return;
        }
        // Claimed or not, take what is waiting, one lane group at a time: the earliest commands
        // are done first (the writer waits for them in order), and another pool thread can take
        // the next group meanwhile. A check the writer ran itself still leaves its entry in the
        // queue, and the others should not wait for their own work items.
        var scratch = SignatureGroupScratch.Take();
        var group = scratch.Group;
        if (TryClaim()) group.Add(this);
        while (true)
        {
            _queue.ClaimInto(group);
            if (group.Count == 0) break;
            RunGroup(group, scratch);
            group.Clear();
        }
        scratch.Return();
    }

    /// <summary>Runs the check on this thread unless another has claimed it; false when it had.</summary>
    public bool TryRun()
    {
        if (!TryClaim()) return false;
        if (_check is null)
        {
            var scratch = SignatureGroupScratch.Take();
            scratch.Group.Add(this);
            RunGroup(scratch.Group, scratch);
            scratch.Return();
            return true;
        }
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

    internal bool TryClaim() => Interlocked.Exchange(ref _claimed, 1) == 0;

    /// <summary>Prepares every claimed verification, hashes their messages and verifies them together, and completes each.</summary>
    private static void RunGroup(List<SignatureCheck> group, SignatureGroupScratch scratch)
    {
        var requests = scratch.Requests;
        int toVerify = 0;
        for (int i = 0; i < group.Count; i++)
        {
            try
            {
                requests[i] = group[i]._prepare!();
                if (requests[i] is not null) toVerify++;
            }
            catch (Exception e)
            {
                requests[i] = null;
                group[i]._result.SetException(e);
                group[i] = null!;
            }
        }
        var ordered = scratch.Ordered.AsSpan(0, toVerify);
        var signatures = scratch.Signatures.AsSpan(0, toVerify);
        var verdicts = scratch.Verdicts.AsSpan(0, toVerify);
        var messages = scratch.Messages.AsSpan(0, toVerify);
        for (int i = 0, k = 0; i < group.Count; i++)
        {
            if (group[i] is null || requests[i] is not { } request) continue;
            ordered[k] = request;
            signatures[k++] = request.Signature;
        }
        HashMessages(ordered, messages, scratch);
        if (FirstQueue(group)?.Prepared is { Capacity: > 0 } prepared) VerifyPrepared(prepared, ordered, messages, signatures, verdicts, scratch);
        else VerifyUnprepared(ordered, messages, signatures, verdicts, scratch);
        for (int i = 0, k = 0; i < group.Count; i++)
        {
            var check = group[i];
            if (check is null) continue;
            if (requests[i] is not { } request)
            {
                check._result.SetResult(PreVerified.None);
                continue;
            }
            var message = messages[k];
            if (!verdicts[k++])
            {
                check._result.SetResult(null);
                continue;
            }
            try
            {
                check._accepted!(message, request);
                check._result.SetResult(PreVerified.With(request.Key));
            }
            catch (Exception e)
            {
                check._result.SetException(e);
            }
        }
    }

    private static SignatureCheckQueue? FirstQueue(List<SignatureCheck> group)
    {
        foreach (var check in group)
            if (check is not null) return check._queue;
        return null;
    }

    private static void VerifyUnprepared(ReadOnlySpan<SignatureRequest> requests, ReadOnlySpan<Fr> messages, ReadOnlySpan<Signature> signatures,
        Span<bool> verdicts, SignatureGroupScratch scratch)
    {
        var keys = scratch.Keys.AsSpan(0, requests.Length);
        for (int k = 0; k < requests.Length; k++) keys[k] = new PublicKey(new JubjubPoint(requests[k].Key.X, requests[k].Key.Y));
        EddsaPoseidon.VerifyMany(messages, signatures, keys, verdicts);
    }

    /// <summary>The group's verdicts with prepared keys; a key no signature can verify under gets false without a verification.</summary>
    private static void VerifyPrepared(PreparedKeys prepared, ReadOnlySpan<SignatureRequest> requests, ReadOnlySpan<Fr> messages, ReadOnlySpan<Signature> signatures,
        Span<bool> verdicts, SignatureGroupScratch scratch)
    {
        int usable = 0;
        for (int k = 0; k < requests.Length; k++)
        {
            verdicts[k] = false;
            if (prepared.Get(requests[k].Key) is not { } key) continue;
            scratch.PreparedKeys[usable] = key;
            scratch.PreparedMessages[usable] = messages[k];
            scratch.PreparedSignatures[usable] = signatures[k];
            scratch.At[usable++] = k;
        }
        var results = scratch.PreparedVerdicts.AsSpan(0, usable);
        EddsaPoseidon.VerifyMany(scratch.PreparedMessages.AsSpan(0, usable), scratch.PreparedSignatures.AsSpan(0, usable), scratch.PreparedKeys.AsSpan(0, usable), results);
        for (int u = 0; u < usable; u++) verdicts[scratch.At[u]] = results[u];
    }

    /// <summary>Every message of the group, those of the same arity hashed together.</summary>
    private static void HashMessages(ReadOnlySpan<SignatureRequest> requests, Span<Fr> messages, SignatureGroupScratch scratch)
    {
        for (int arity = 2; arity <= MessageInputs.MaxCount; arity++)
        {
            int count = 0;
            foreach (var r in requests) if (r.Message.Count == arity) count++;
            if (count == 0) continue;
            var inputs = scratch.Inputs.AsSpan(0, count * arity);
            var at = scratch.At.AsSpan(0, count);
            for (int i = 0, k = 0; i < requests.Length; i++)
            {
                if (requests[i].Message.Count != arity) continue;
                requests[i].Message.CopyTo(inputs.Slice(k * arity, arity));
                at[k++] = i;
            }
            var hashes = scratch.Hashes.AsSpan(0, count);
            Poseidon.HashMany(inputs, arity, hashes);
            for (int k = 0; k < count; k++) messages[at[k]] = hashes[k];
        }
    }
}
