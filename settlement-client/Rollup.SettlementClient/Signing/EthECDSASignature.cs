using System.Numerics;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Signing;

/// <summary>
/// A recoverable secp256k1 signature (r, s, yParity). Construction checks 1 ≤ r, s &lt; n and
/// refuses high s (s &gt; n/2): Ethereum accepts only the low-s form since Homestead, so a
/// high-s signature is a malleated copy and never one this client should produce or accept.
/// </summary>
public sealed class EthECDSASignature
{
    public EthECDSASignature(BigInteger r, BigInteger s, int yParity)
    {
        if (r.Sign <= 0 || r >= Order) throw new SignatureException("signature r is outside [1, n-1]");
        if (s.Sign <= 0 || s >= Order) throw new SignatureException("signature s is outside [1, n-1]");
        if (s > HalfOrder) throw new SignatureException("signature s is in the upper half of the curve order (malleable high-s form)");
        if (yParity is not (0 or 1)) throw new SignatureException($"signature y parity must be 0 or 1, got {yParity}");
        R = r;
        S = s;
        YParity = yParity;
    }

    private static readonly BigInteger Order = Secp256k1.FromBc(Secp256k1.N);
    private static readonly BigInteger HalfOrder = Order >> 1;

    public BigInteger R { get; }

    public BigInteger S { get; }

    /// <summary>0 or 1: the parity of the y coordinate of the nonce point kG.</summary>
    public int YParity { get; }

    /// <summary>27 or 28, the legacy form ecrecover and personal_sign use.</summary>
    public byte V => (byte)(27 + YParity);

    /// <summary>Accepts v as 0/1 or 27/28.</summary>
    public static EthECDSASignature FromComponents(BigInteger r, BigInteger s, int v) => v switch
    {
        0 or 1 => new EthECDSASignature(r, s, v),
        27 or 28 => new EthECDSASignature(r, s, v - 27),
        _ => throw new SignatureException($"signature v must be 0, 1, 27 or 28, got {v}"),
    };

    /// <summary>Parses r ‖ s ‖ v (65 bytes).</summary>
    public static EthECDSASignature FromBytes(ReadOnlySpan<byte> rsv)
    {
        if (rsv.Length != 65) throw new SignatureException($"a signature is 65 bytes (r, s, v), got {rsv.Length}");
        return FromComponents(BigEndianInteger.FromBytes(rsv[..32]), BigEndianInteger.FromBytes(rsv[32..64]), rsv[64]);
    }

    /// <summary>r ‖ s ‖ v with v in {27, 28}, as ethers and eth_signTypedData return it.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[65];
        BigEndianInteger.WriteFixed(R, bytes.AsSpan(0, 32));
        BigEndianInteger.WriteFixed(S, bytes.AsSpan(32, 32));
        bytes[64] = V;
        return bytes;
    }
}
