using System.Collections.Concurrent;

namespace Rollup.Sequencer.Engine.Admission;

/// <summary>
/// The verification checks started and not yet claimed, per engine. A pool thread that runs one
/// takes every other check waiting here too (up to <see cref="MaxGroup"/>) and verifies them
/// together (<c>EddsaPoseidon.VerifyMany</c>, eight at a time in AVX-512 lanes). Under load the
/// calls of a JSON-RPC batch arrive faster than single verifications finish, so groups fill by
/// themselves; a lone check runs alone, with no waiting added.
/// </summary>
internal sealed class SignatureCheckQueue
{
    public const int MaxGroup = 64;

    private readonly ConcurrentQueue<SignatureCheck> _started = new();

    internal void Add(SignatureCheck check) => _started.Enqueue(check);

    /// <summary>Claims waiting checks into group until it holds <see cref="MaxGroup"/> or none is left; checks another thread claimed first are dropped.</summary>
    internal void ClaimInto(List<SignatureCheck> group)
    {
        while (group.Count < MaxGroup && _started.TryDequeue(out var check))
            if (check.TryClaim()) group.Add(check);
    }
}
