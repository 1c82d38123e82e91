using System.Security.Cryptography;
using Rollup.Core.Fields;

namespace Rollup.Core.Signatures;

/// <summary>
/// 32 secret bytes from which EdDSA-Poseidon expands its signing scalar and nonce key (see
/// <see cref="EddsaPoseidon"/>). Any 32 bytes are a valid key. ToString never reveals them.
/// </summary>
public readonly struct PrivateKey : IEquatable<PrivateKey>
{
    public const int Length = 32;

    // The bytes read little-endian: a lossless, allocation-free home for them.
    private readonly UInt256 _bytes;

    public PrivateKey(ReadOnlySpan<byte> bytes32)
    {
        if (bytes32.Length != Length)
            throw new ArgumentException($"a private key is {Length} bytes, got {bytes32.Length}", nameof(bytes32));
        _bytes = UInt256.ReadLittleEndian(bytes32);
    }

    public void CopyTo(Span<byte> destination32) => _bytes.WriteLittleEndian(destination32);

    public byte[] ToArray()
    {
        var b = new byte[Length];
        CopyTo(b);
        return b;
    }

    public PublicKey GetPublicKey() => EddsaPoseidon.DerivePublicKey(this);

    public Signature Sign(in Fr message) => EddsaPoseidon.Sign(this, message);

    public bool Equals(PrivateKey other)
    {
        Span<byte> a = stackalloc byte[Length];
        Span<byte> b = stackalloc byte[Length];
        CopyTo(a);
        other.CopyTo(b);
        bool equal = CryptographicOperations.FixedTimeEquals(a, b);
        CryptographicOperations.ZeroMemory(a);
        CryptographicOperations.ZeroMemory(b);
        return equal;
    }

    public override bool Equals(object? obj) => obj is PrivateKey k && Equals(k);

    // Hashing a secret into dictionaries is not a use case worth leaking bits for.
    public override int GetHashCode() => 0;

    public static bool operator ==(in PrivateKey a, in PrivateKey b) => a.Equals(b);
    public static bool operator !=(in PrivateKey a, in PrivateKey b) => !a.Equals(b);

    public override string ToString() => "PrivateKey(redacted)";
}
