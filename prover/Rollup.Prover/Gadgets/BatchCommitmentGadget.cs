using Rollup.Core.Batches;
using Rollup.Prover.Gadgets.Sha256;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Gadgets;

/// <summary>
/// The proof's public input as <see cref="BatchCommitment.Compute"/> defines it (PROTOCOL.md §9):
/// SHA-256(oldRoot ‖ newRoot ‖ batchNumber u64 ‖ priorityFirst u64 ‖ priorityEnd u64 ‖ pubdata),
/// with the top 3 bits of the digest dropped and the rest read big-endian, a value below 2^253 &lt; r.
/// </summary>
public static class BatchCommitmentGadget
{
    /// <summary>The digest bits dropped so that the public input fits the field.</summary>
    public const int DroppedBits = 3;

    /// <summary>
    /// The roots are encoded through their strict 254-bit decompositions and the three counters are
    /// range-checked to 64 bits, so the preimage is exactly the bytes the contract hashes. pubdata
    /// bits must be boolean, whole bytes, top bit first.
    /// </summary>
    public static LinearCombination PublicInput(ConstraintSystem cs, in LinearCombination oldRoot, in LinearCombination newRoot,
        in LinearCombination batchNumber, in LinearCombination priorityFirst, in LinearCombination priorityEnd, ReadOnlySpan<LinearCombination> pubdata)
    {
        ArgumentNullException.ThrowIfNull(cs);
        var preimage = new LinearCombination[BatchCommitment.FixedPrefixSize * 8 + pubdata.Length];
        var at = preimage.AsSpan();
        BigEndianBits.FromFieldElement(cs, oldRoot).CopyTo(at);
        BigEndianBits.FromFieldElement(cs, newRoot).CopyTo(at[256..]);
        BigEndianBits.FromValue(cs, batchNumber, 64).CopyTo(at[512..]);
        BigEndianBits.FromValue(cs, priorityFirst, 64).CopyTo(at[576..]);
        BigEndianBits.FromValue(cs, priorityEnd, 64).CopyTo(at[640..]);
        pubdata.CopyTo(at[704..]);
        return FromDigest(Sha256Gadget.Hash(cs, preimage));
    }

    /// <summary><see cref="BatchCommitment.PublicInput"/> of 256 digest bits: free.</summary>
    public static LinearCombination FromDigest(ReadOnlySpan<LinearCombination> digest)
    {
        if (digest.Length != Sha256Gadget.DigestBits)
            throw new ArgumentException($"a digest is {Sha256Gadget.DigestBits} bits, got {digest.Length}", nameof(digest));
        return BigEndianBits.Pack(digest[DroppedBits..]);
    }
}
