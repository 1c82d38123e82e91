using BenchmarkDotNet.Attributes;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;
using Rollup.SettlementClient.Signing;

namespace Rollup.Bench;

/// <summary>
/// EdDSA-Poseidon sign and verify on one core, one by one and many at once; secp256k1 ECDSA signing
/// (the sequencer's receipt signatures) on the limb-based signer and on the BouncyCastle path it replaced.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SignatureBenchmarks
{
    private PrivateKey _key;
    private PublicKey _public;
    private Fr _message;
    private Signature _signature;
    private const int Many = 64;
    private readonly Fr[] _messages = new Fr[Many];
    private readonly Signature[] _signatures = new Signature[Many];
    private readonly PublicKey[] _keys = new PublicKey[Many];
    private readonly bool[] _verdicts = new bool[Many];
    private readonly VerificationKey[] _prepared = new VerificationKey[Many];
    private VerificationKey _preparedKey = null!;
    private EthECKey _ethKey = null!;
    private Org.BouncyCastle.Math.BigInteger _bcKey = null!;
    private readonly byte[] _hash = System.Security.Cryptography.SHA256.HashData("receipt group"u8);

    [GlobalSetup]
    public void Setup()
    {
        _key = new PrivateKey(System.Security.Cryptography.SHA256.HashData("bench"u8));
        _public = _key.GetPublicKey();
        _message = Fr.Parse("4242424242424242424242");
        _signature = _key.Sign(_message);
        var ethKey = System.Security.Cryptography.SHA256.HashData("bench secp256k1"u8);
        _ethKey = new EthECKey(ethKey);
        _bcKey = new Org.BouncyCastle.Math.BigInteger(1, ethKey);
        for (int i = 0; i < Many; i++)
        {
            var key = new PrivateKey(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i % 8)));
            _messages[i] = Fr.FromUInt64((ulong)i + 1);
            _signatures[i] = key.Sign(_messages[i]);
            _keys[i] = key.GetPublicKey();
        }
        _preparedKey = VerificationKey.Prepare(_public)!;
        for (int i = 0; i < Many; i++) _prepared[i] = VerificationKey.Prepare(_keys[i])!;
    }

    [Benchmark(Description = "EdDSA verify, 64 at once (VerifyMany, lanes)", OperationsPerInvoke = Many)]
    public bool VerifyMany()
    {
        EddsaPoseidon.VerifyMany(_messages, _signatures, _keys, _verdicts);
        return _verdicts[^1];
    }

    [Benchmark(Description = "EdDSA verify")]
    public bool Verify() => EddsaPoseidon.Verify(_message, _signature, _public);

    [Benchmark(Description = "EdDSA verify, 64 at once, prepared keys (lanes)", OperationsPerInvoke = Many)]
    public bool VerifyManyPrepared()
    {
        EddsaPoseidon.VerifyMany(_messages, _signatures, _prepared, _verdicts);
        return _verdicts[^1];
    }

    [Benchmark(Description = "EdDSA verify, prepared key")]
    public bool VerifyPrepared() => EddsaPoseidon.Verify(_message, _signature, _preparedKey);

    [Benchmark(Description = "EdDSA key preparation (fixed-base table of -8A)")]
    public VerificationKey? Prepare() => VerificationKey.Prepare(_public);

    [Benchmark(Description = "EdDSA sign")]
    public Signature Sign() => _key.Sign(_message);

    [Benchmark(Description = "secp256k1 sign (EthECKey, limbs)")]
    public EthECDSASignature EcdsaSign() => _ethKey.Sign(_hash);

    [Benchmark(Description = "secp256k1 sign (BouncyCastle, before)")]
    public int EcdsaSignBouncyCastle() => BouncyCastleEcdsa.Sign(_bcKey, _hash).YParity;
}
