using Rollup.Core.Curves;
using Rollup.Core.Fields;

namespace Rollup.Core.Signatures;

/// <summary>
/// An EdDSA-Poseidon signature (R8, S). S is kept as a plain 256-bit integer so that out-of-range
/// values can be represented and then refused by verification, as circomlib does.
/// </summary>
public readonly struct Signature : IEquatable<Signature>
{
    public const int PackedLength = 64;

    public JubjubPoint R8 { get; }
    public UInt256 S { get; }

    public Signature(in JubjubPoint r8, in UInt256 s)
    {
        R8 = r8;
        S = s;
    }

    /// <summary>circomlib's packSignature: packed R8 (32 bytes) then S little-endian (32 bytes).</summary>
    public void Pack(Span<byte> destination64)
    {
        if (destination64.Length < PackedLength)
            throw new ArgumentException($"need {PackedLength} bytes", nameof(destination64));
        R8.Pack(destination64);
        S.WriteLittleEndian(destination64[JubjubPoint.PackedLength..]);
    }

    public byte[] Pack()
    {
        var b = new byte[PackedLength];
        Pack(b);
        return b;
    }

    /// <summary>
    /// False for a wrong length, an R8 that does not unpack, or S &gt;= l. Refusing S &gt;= l here
    /// (circomlib leaves it to verification) keeps every accepted encoding canonical.
    /// </summary>
    public static bool TryUnpack(ReadOnlySpan<byte> packed, out Signature signature)
    {
        signature = default;
        if (packed.Length != PackedLength) return false;
        if (!JubjubPoint.TryUnpack(packed[..JubjubPoint.PackedLength], out var r8)) return false;
        var s = UInt256.ReadLittleEndian(packed[JubjubPoint.PackedLength..]);
        if (s >= BabyJubjub.SubOrder) return false;
        signature = new Signature(r8, s);
        return true;
    }

    public bool Equals(Signature other) => R8.Equals(other.R8) && S.Equals(other.S);
    public override bool Equals(object? obj) => obj is Signature s && Equals(s);
    public override int GetHashCode() => HashCode.Combine(R8, S);
    public static bool operator ==(in Signature a, in Signature b) => a.Equals(b);
    public static bool operator !=(in Signature a, in Signature b) => !a.Equals(b);
    public override string ToString() => $"(R8 = {R8}, S = {S})";
}
