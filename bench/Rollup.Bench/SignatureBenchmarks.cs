using BenchmarkDotNet.Attributes;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Bench;

/// <summary>EdDSA-Poseidon sign and verify on one core.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SignatureBenchmarks
{
    private PrivateKey _key;
    private PublicKey _public;
    private Fr _message;
    private Signature _signature;

    [GlobalSetup]
    public void Setup()
    {
        _key = new PrivateKey(System.Security.Cryptography.SHA256.HashData("bench"u8));
        _public = _key.GetPublicKey();
        _message = Fr.Parse("4242424242424242424242");
        _signature = _key.Sign(_message);
    }

    [Benchmark(Description = "EdDSA verify")]
    public bool Verify() => EddsaPoseidon.Verify(_message, _signature, _public);

    [Benchmark(Description = "EdDSA sign")]
    public Signature Sign() => _key.Sign(_message);
}
