using Rollup.Core.Curves;
using Rollup.Core.Fields;

namespace Rollup.Core.Signatures;

/// <summary>
/// An EdDSA-Poseidon public key: the point A = (s &gt;&gt; 3)·Base8. Not validated on construction;
/// <see cref="EddsaPoseidon.Verify"/> rejects off-curve and small-order keys, and
/// <see cref="IsUsable"/> applies the same test up front.
/// </summary>
public readonly struct PublicKey : IEquatable<PublicKey>
{
    public JubjubPoint Point { get; }

    public PublicKey(in JubjubPoint point) => Point = point;

    /// <summary>On the curve and 8·A is not the identity: a key that can verify anything.</summary>
    public bool IsUsable => Point.IsOnCurve && !JubjubExtendedPoint.MultiplyByCofactor(Point.ToExtended()).HasZeroX;

    public bool Verify(in Fr message, in Signature signature) => EddsaPoseidon.Verify(message, signature, this);

    public void Pack(Span<byte> destination32) => Point.Pack(destination32);

    public byte[] Pack() => Point.Pack();

    public static bool TryUnpack(ReadOnlySpan<byte> packed, out PublicKey key)
    {
        bool ok = JubjubPoint.TryUnpack(packed, out var p);
        key = new PublicKey(p);
        return ok;
    }

    public bool Equals(PublicKey other) => Point.Equals(other.Point);
    public override bool Equals(object? obj) => obj is PublicKey k && Equals(k);
    public override int GetHashCode() => Point.GetHashCode();
    public static bool operator ==(in PublicKey a, in PublicKey b) => a.Equals(b);
    public static bool operator !=(in PublicKey a, in PublicKey b) => !a.Equals(b);
    public override string ToString() => Point.ToString();
}
