using System.Collections.Concurrent;

namespace Rollup.Sequencer.Engine.Admission;

/// <summary>
/// The verification checks started and not yet claimed, per engine. A pool thread that runs one
/// takes the checks waiting here too, a group of up to <see cref="GroupSize"/> at a time, and
/// verifies each group together (<c>EddsaPoseidon.VerifyMany</c>: one group is one set of AVX-512
/// lanes). Under load the calls of a JSON-RPC batch arrive faster than single verifications
/// finish, so groups fill by themselves and the pool's threads take them in turn; a lone check
/// runs alone, with no waiting added.
/// </summary>
internal sealed class SignatureCheckQueue
{
    public const int GroupSize = 8;

    private readonly ConcurrentQueue<SignatureCheck> _started = new();

    public SignatureCheckQueue(PreparedKeys? prepared = null) => Prepared = prepared;

    /// <summary>The prepared keys verifications use, if the engine keeps any.</summary>
    internal PreparedKeys? Prepared { get; }

    internal void Add(SignatureCheck check) => _started.Enqueue(check);

    /// <summary>Claims waiting checks, oldest first, into group until it holds <see cref="GroupSize"/> or none is left; checks another thread claimed first are dropped.</summary>
    internal void ClaimInto(List<SignatureCheck> group)
    {
        while (group.Count < GroupSize && _started.TryDequeue(out var check))
            if (check.TryClaim()) group.Add(check);
    }
}
