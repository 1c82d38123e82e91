using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math.EC;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Addresses;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Signing.Curve;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Rollup.SettlementClient.Signing;

/// <summary>
/// A secp256k1 key: a private key that signs, or a public key alone (as recovered from a
/// signature). Signing uses RFC 6979 deterministic nonces (HMAC-SHA256), so a signature is a
/// pure function of key and hash, and normalises s to the low half. Signing and key derivation run
/// on the constant-time, allocation-free arithmetic in <c>Signing/Curve</c>; verification, recovery
/// and point decoding on BouncyCastle.
/// </summary>
public sealed class EthECKey
{
    // Limbs rather than a BigInteger, so signing converts nothing per call.
    private readonly Scalar? _privateKey;
    private readonly ECPoint _publicKey;

    private EthECKey(Scalar? privateKey, ECPoint publicKey)
    {
        _privateKey = privateKey;
        _publicKey = publicKey.Normalize();
    }

    public EthECKey(ReadOnlySpan<byte> privateKey32) : this(ParsePrivateKey(privateKey32)) { }

    private EthECKey(Scalar privateKey) : this(privateKey, PublicPoint(privateKey)) { }

    public EthECKey(string privateKeyHex) : this(Hex.Decode(privateKeyHex)) { }

    public static EthECKey FromPublicKey(ReadOnlySpan<byte> publicKey)
    {
        try
        {
            var point = Secp256k1.Curve.Curve.DecodePoint(publicKey.ToArray());
            if (point.IsInfinity) throw new SignatureException("public key is the point at infinity");
            return new EthECKey(null, point);
        }
        catch (ArgumentException e)
        {
            throw new SignatureException("not a secp256k1 public key: " + e.Message);
        }
    }

    public bool HasPrivateKey => _privateKey is not null;

    public byte[] GetPrivateKey()
    {
        var key = _privateKey ?? throw new InvalidOperationException("this key holds only a public key");
        var bytes = new byte[32];
        key.Write(bytes);
        return bytes;
    }

    /// <summary>65 bytes: 0x04 ‖ x ‖ y.</summary>
    public byte[] GetPubKey() => _publicKey.GetEncoded(false);

    public L1Address GetAddress() => AddressUtil.FromPublicKey(GetPubKey());

    /// <summary>The EIP-55 checksummed address.</summary>
    public string GetPublicAddress() => AddressChecksum.ToChecksumAddress(GetAddress());

    public EthECDSASignature Sign(ReadOnlySpan<byte> hash32)
    {
        var key = _privateKey ?? throw new InvalidOperationException("cannot sign with a public-only key");
        if (hash32.Length != 32) throw new ArgumentException($"sign a 32-byte hash, got {hash32.Length} bytes", nameof(hash32));
        EcdsaSigner.Sign(key, hash32, out var r, out var s, out int yParity);
        return new EthECDSASignature(r.ToBigInteger(), s.ToBigInteger(), yParity);
    }

    public bool Verify(ReadOnlySpan<byte> hash32, EthECDSASignature signature)
    {
        var signer = new ECDsaSigner();
        signer.Init(false, new ECPublicKeyParameters(_publicKey, Secp256k1.Domain));
        return signer.VerifySignature(hash32.ToArray(), Secp256k1.ToBc(signature.R), Secp256k1.ToBc(signature.S));
    }

    /// <summary>The public key that produced signature over hash32 (what ecrecover computes).</summary>
    public static EthECKey RecoverFromSignature(EthECDSASignature signature, ReadOnlySpan<byte> hash32)
    {
        if (hash32.Length != 32) throw new ArgumentException($"recover from a 32-byte hash, got {hash32.Length} bytes", nameof(hash32));
        var point = RecoverPoint(hash32.ToArray(), Secp256k1.ToBc(signature.R), Secp256k1.ToBc(signature.S), signature.YParity)
            ?? throw new SignatureException("signature does not recover to a public key");
        return new EthECKey(null, point);
    }

    /// <summary>Q = r⁻¹ (s·R − e·G) with R the curve point of x = r and the given y parity; null when none exists.</summary>
    private static ECPoint? RecoverPoint(byte[] hash, BcBigInteger r, BcBigInteger s, int yParity)
    {
        var n = Secp256k1.N;
        // x = r + n would also be a candidate, but r + n exceeds p for all but ~2^-127 of r: ethers and ecrecover ignore it too.
        var encoded = new byte[33];
        encoded[0] = (byte)(0x02 + yParity);
        var rBytes = r.ToByteArrayUnsigned();
        rBytes.CopyTo(encoded, 33 - rBytes.Length);
        ECPoint nonce;
        try
        {
            nonce = Secp256k1.Curve.Curve.DecodePoint(encoded);
        }
        catch (ArgumentException)
        {
            return null;
        }
        var e = new BcBigInteger(1, hash).Mod(n);
        var rInverse = r.ModInverse(n);
        var u1 = n.Subtract(e).Multiply(rInverse).Mod(n);
        var u2 = s.Multiply(rInverse).Mod(n);
        var q = ECAlgorithms.SumOfTwoMultiplies(Secp256k1.Domain.G, u1, nonce, u2).Normalize();
        return q.IsInfinity ? null : q;
    }

    private static Scalar ParsePrivateKey(ReadOnlySpan<byte> privateKey32)
    {
        if (privateKey32.Length != 32) throw new SignatureException($"a private key is 32 bytes, got {privateKey32.Length}");
        if (!Scalar.TryRead(privateKey32, out var d) || d.IsZero) throw new SignatureException("private key is outside [1, n-1]");
        return d;
    }

    /// <summary>d·G with the constant-time table; BouncyCastle decodes it, which also checks it is on the curve.</summary>
    private static ECPoint PublicPoint(in Scalar privateKey)
    {
        Span<byte> encoded = stackalloc byte[65];
        GeneratorTable.Multiply(privateKey).ToAffine().WriteUncompressed(encoded);
        return Secp256k1.Curve.Curve.DecodePoint(encoded.ToArray());
    }
}
