using Rollup.Core.Signatures;

namespace Rollup.Core.Tests.Signatures;

/// <summary>Deterministic private keys for signature tests.</summary>
internal static class SeededKeys
{
    public static PrivateKey Key(int seed)
    {
        var bytes = new byte[32];
        new Random(seed).NextBytes(bytes);
        return new PrivateKey(bytes);
    }
}
