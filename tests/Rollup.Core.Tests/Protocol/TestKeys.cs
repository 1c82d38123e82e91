using System.Security.Cryptography;
using System.Text;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Core.Tests.Protocol;

/// <summary>Deterministic EdDSA keys for tests, named by a seed string.</summary>
internal static class TestKeys
{
    public static PrivateKey FromSeed(string seed) => new(SHA256.HashData(Encoding.UTF8.GetBytes("test-key/" + seed)));

    public static (Fr X, Fr Y) Public(PrivateKey key)
    {
        var p = key.GetPublicKey().Point;
        return (p.X, p.Y);
    }

    public static Signature Sign(PrivateKey key, in Fr message) => key.Sign(message);
}
