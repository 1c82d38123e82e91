using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Sequencer.Engine.Admission;

/// <summary>
/// The arrays one signature group works in, kept per thread: a group of eight would otherwise
/// allocate about 4 KiB of them (the requests are large structs), on every admission thread at
/// every order. A thread takes its scratch out while it runs a group, so a group run re-entered
/// on the same thread (a completion running the writer inline, which may run a check itself)
/// gets a scratch of its own.
/// </summary>
internal sealed class SignatureGroupScratch
{
    [ThreadStatic]
    private static SignatureGroupScratch? t_free;

    public readonly List<SignatureCheck> Group = new(SignatureCheckQueue.GroupSize);
    public readonly SignatureRequest?[] Requests = new SignatureRequest?[SignatureCheckQueue.GroupSize];
    public readonly SignatureRequest[] Ordered = new SignatureRequest[SignatureCheckQueue.GroupSize];
    public readonly Signature[] Signatures = new Signature[SignatureCheckQueue.GroupSize];
    public readonly PublicKey[] Keys = new PublicKey[SignatureCheckQueue.GroupSize];
    public readonly VerificationKey[] PreparedKeys = new VerificationKey[SignatureCheckQueue.GroupSize];
    public readonly Fr[] PreparedMessages = new Fr[SignatureCheckQueue.GroupSize];
    public readonly Signature[] PreparedSignatures = new Signature[SignatureCheckQueue.GroupSize];
    public readonly bool[] PreparedVerdicts = new bool[SignatureCheckQueue.GroupSize];
    public readonly bool[] Verdicts = new bool[SignatureCheckQueue.GroupSize];
    public readonly Fr[] Messages = new Fr[SignatureCheckQueue.GroupSize];
    public readonly Fr[] Inputs = new Fr[SignatureCheckQueue.GroupSize * MessageInputs.MaxCount];
    public readonly Fr[] Hashes = new Fr[SignatureCheckQueue.GroupSize];
    public readonly int[] At = new int[SignatureCheckQueue.GroupSize];

    public static SignatureGroupScratch Take()
    {
        var scratch = t_free ?? new SignatureGroupScratch();
        t_free = null;
        return scratch;
    }

    /// <summary>Gives the scratch back to this thread, cleared of references to checks and requests.</summary>
    public void Return()
    {
        Group.Clear();
        Array.Clear(Requests);
        Array.Clear(Ordered);
        Array.Clear(PreparedKeys);
        t_free = this;
    }
}
