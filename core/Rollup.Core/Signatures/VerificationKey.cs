using Rollup.Core.Curves;

namespace Rollup.Core.Signatures;

/// <summary>
/// A public key prepared for repeated verification: a fixed-base table of −8·A (signed 4-bit
/// windows, about 49 KB), so that a verification checks S·Base8 + h·(−8·A) = R8 with table
/// additions only, where <see cref="EddsaPoseidon.Verify(in Rollup.Core.Fields.Fr, in Signature, in PublicKey)"/>
/// needs a run of doublings shared by two half-length multiplications. Building it costs about as
/// much as three verifications, so it pays for keys that sign often (a trader's). The verdicts
/// are exactly those of the unprepared verification.
/// </summary>
public sealed class VerificationKey
{
    // h is reduced below l < 2^251, so 63 windows of 4 bits (252) hold it, carry included: the
    // top window's bits 248..250 are at most 7, plus a carry of 1.
    private const int Width = 4;
    private const int Windows = 63;

    private VerificationKey(in PublicKey key, FixedBaseTable negatedA8)
    {
        Key = key;
        NegatedA8 = negatedA8;
    }

    public PublicKey Key { get; }

    internal FixedBaseTable NegatedA8 { get; }

    /// <summary>Memory the prepared key holds.</summary>
    public int ByteSize => NegatedA8.ByteSize;

    /// <summary>The prepared key, or null when no signature can verify under it (off the curve, or 8·A the identity).</summary>
    public static VerificationKey? Prepare(in PublicKey key)
    {
        if (!key.Point.IsOnCurve) return null;
        var a8 = JubjubExtendedPoint.MultiplyByCofactor(key.Point.ToExtended());
        if (a8.HasZeroX) return null;
        return new VerificationKey(key, FixedBaseTable.Build(JubjubExtendedPoint.Negate(a8), Width, Windows));
    }
}
