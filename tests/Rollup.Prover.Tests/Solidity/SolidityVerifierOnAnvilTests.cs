using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;
using Rollup.Prover.Solidity;
using Rollup.Prover.Tests.Curves;
using Rollup.Prover.Tests.Formats;
using Xunit.Abstractions;

namespace Rollup.Prover.Tests.Solidity;

/// <summary>The generated verifier for the shared g16 key, deployed on a local anvil node.</summary>
public sealed class SolidityVerifierOnAnvilTests(G16VerifierDeployment chain, ITestOutputHelper output) : IClassFixture<G16VerifierDeployment>
{
    private static readonly BigInteger R = Fr.Modulus.ToBigInteger();
    private static readonly BigInteger P = Fp.ModulusBigInteger;

    private static (Proof Proof, BigInteger[] Inputs) SnarkjsProof()
    {
        using var proof = Vectors.Load("groth16/proof.json");
        using var pub = Vectors.Load("groth16/public.json");
        return (SnarkjsJson.ReadProof(proof.RootElement), SnarkjsJson.ReadPublicInputs(pub.RootElement));
    }

    /// <summary>The verifier's answer; a revert is an exception, so "returns false" is asserted exactly.</summary>
    private async Task<bool> VerifyAsync(IReadOnlyList<BigInteger> words, ulong? gas = null)
    {
        var result = await chain.Rpc.CallAsync(chain.Address, VerifyProofCall.Encode(words), gas);
        Assert.Equal(32, result.Length);
        var value = new BigInteger(result, isUnsigned: true, isBigEndian: true);
        Assert.True(value <= 1, $"verifyProof returned a non-bool word {value}");
        return value == 1;
    }

    [Fact]
    public void Generated_verifier_compiles_without_warnings()
    {
        Assert.Empty(chain.Contract.Warnings);
        Assert.StartsWith("0.8.", chain.Contract.Compiler);
        output.WriteLine($"solc {chain.Contract.Compiler}: {chain.Contract.DeployedSize} bytes deployed");
    }

    [Fact]
    public async Task Snarkjs_proof_verifies_on_chain()
    {
        var (proof, inputs) = SnarkjsProof();
        Assert.True(await VerifyAsync(VerifyProofCall.Words(proof, inputs)));
    }

    [Fact]
    public async Task Snarkjs_soliditycalldata_is_our_encoding_and_verifies_on_chain()
    {
        // calldata.txt is `snarkjs zkey export soliditycalldata` output: [a], [[b]], [c], [inputs] as hex.
        using var doc = JsonDocument.Parse("[" + File.ReadAllText(Vectors.PathOf("groth16/calldata.txt")) + "]");
        var words = new List<BigInteger>();
        Flatten(doc.RootElement, words);
        var (proof, inputs) = SnarkjsProof();
        Assert.Equal(VerifyProofCall.Words(proof, inputs), words);
        Assert.True(await VerifyAsync(words));
    }

    [Fact]
    public async Task Proof_from_our_prover_verifies_on_chain()
    {
        var key = G16Zkey.Key;
        var witness = G16Vectors.Witness;
        var proof = Groth16Prover.Prove(key, witness);
        var inputs = Groth16Prover.PublicSignals(key, witness);
        Assert.True(await VerifyAsync(VerifyProofCall.Words(proof, inputs)));
        inputs[1] += 1;
        Assert.False(await VerifyAsync(VerifyProofCall.Words(proof, inputs)));
    }

    [Fact]
    public async Task Every_tampered_proof_word_is_refused()
    {
        var (proof, inputs) = SnarkjsProof();
        var words = VerifyProofCall.Words(proof, inputs);
        for (int i = 0; i < VerifyProofCall.ProofWords; i++)
        {
            var tampered = (BigInteger[])words.Clone();
            tampered[i] = (tampered[i] + 1) % P;
            Assert.False(await VerifyAsync(tampered), $"proof word {i} + 1 verified");
        }
    }

    [Fact]
    public async Task Swapped_points_and_G2_in_snarkjs_json_order_are_refused()
    {
        var (proof, inputs) = SnarkjsProof();
        Assert.False(await VerifyAsync(VerifyProofCall.Words(proof with { A = proof.C, C = proof.A }, inputs)));
        // B with (c0, c1) instead of the precompiles' (c1, c0): a different, invalid point.
        var words = VerifyProofCall.Words(proof, inputs);
        (words[2], words[3], words[4], words[5]) = (words[3], words[2], words[5], words[4]);
        Assert.False(await VerifyAsync(words));
    }

    [Fact]
    public async Task Changed_public_input_is_refused()
    {
        var (proof, inputs) = SnarkjsProof();
        for (int i = 0; i < inputs.Length; i++)
        {
            var changed = (BigInteger[])inputs.Clone();
            changed[i] += 1;
            Assert.False(await VerifyAsync(VerifyProofCall.Words(proof, changed)), $"input {i} + 1 verified");
        }
    }

    [Fact]
    public async Task Public_input_plus_r_is_refused_while_the_input_verifies()
    {
        // ECMUL reduces scalars mod r: without the contract's check, x + r would verify like x.
        var (proof, inputs) = SnarkjsProof();
        Assert.True(await VerifyAsync(VerifyProofCall.Words(proof, inputs)));
        for (int i = 0; i < inputs.Length; i++)
        {
            var shifted = (BigInteger[])inputs.Clone();
            shifted[i] += R;
            Assert.False(await VerifyAsync(VerifyProofCall.Words(proof, shifted)), $"input {i} + r verified");
        }
        var atR = (BigInteger[])inputs.Clone();
        atR[1] = R;
        Assert.False(await VerifyAsync(VerifyProofCall.Words(proof, atR)));
    }

    [Fact]
    public async Task Proof_coordinate_plus_p_is_refused()
    {
        var (proof, inputs) = SnarkjsProof();
        var words = VerifyProofCall.Words(proof, inputs);
        for (int i = 0; i < VerifyProofCall.ProofWords; i++)
        {
            var shifted = (BigInteger[])words.Clone();
            shifted[i] += P;
            Assert.False(await VerifyAsync(shifted), $"proof word {i} + p verified");
        }
        var maxWord = (BigInteger[])words.Clone();
        maxWord[1] = (BigInteger.One << 256) - 1;
        Assert.False(await VerifyAsync(maxWord));
    }

    [Fact]
    public async Task B_outside_the_G2_subgroup_is_refused()
    {
        var (proof, inputs) = SnarkjsProof();
        var outside = TwistPoints.OutsideSubgroup();
        Assert.True(outside.IsOnCurve);
        Assert.False(await VerifyAsync(VerifyProofCall.Words(proof with { B = outside }, inputs)));
    }

    [Fact]
    public async Task Negated_A_and_B_verify_too_so_proof_bytes_are_no_identity()
    {
        var (proof, inputs) = SnarkjsProof();
        var twin = proof with { A = -proof.A, B = -proof.B };
        Assert.True(await VerifyAsync(VerifyProofCall.Words(twin, inputs)));
    }

    [Fact]
    public async Task Deployed_verifier_names_the_key_it_was_generated_for()
    {
        var selector = Rollup.Core.Hashing.Keccak256.Hash("VERIFYING_KEY_HASH()"u8)[..4];
        var result = await chain.Rpc.CallAsync(chain.Address, "0x" + Convert.ToHexStringLower(selector));
        Assert.Equal(EvmPointEncoding.KeyHash(chain.Vk), result);
        Assert.Equal(chain.Contract.DeployedSize, (await chain.Rpc.GetCodeAsync(chain.Address)).Length);
    }

    [Fact]
    public async Task Verification_gas_is_the_precompile_cost_plus_a_small_overhead()
    {
        var (proof, inputs) = SnarkjsProof();
        var data = VerifyProofCall.Encode(proof, inputs);
        ulong estimate = await chain.Rpc.EstimateGasAsync(chain.Account, chain.Address, data);
        // A view function can be sent as a transaction too: its receipt has the exact gas used.
        var receipt = await chain.Rpc.TransactAsync(chain.Account, chain.Address, data);
        ulong used = EthRpcClient.Quantity(receipt.GetProperty("gasUsed"));

        var bytes = Convert.FromHexString(data[2..]);
        ulong calldataGas = 0;
        foreach (var b in bytes) calldataGas += b == 0 ? 4UL : 16UL;
        ulong execution = used - 21_000 - calldataGas;
        // EIP-1108 prices: pairing 45,000 + 34,000 per pair, ECMUL 6,000, ECADD 150.
        ulong precompiles = 45_000 + 4 * 34_000 + (ulong)inputs.Length * (6_000 + 150);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{inputs.Length} public inputs: eth_estimateGas {estimate}, gasUsed {used} (21000 intrinsic + {calldataGas} calldata + {execution} execution; precompiles {precompiles})"));
        Assert.InRange(execution, precompiles, precompiles + 6_000);
        Assert.InRange(estimate, used, used + 5_000);
        Assert.True(await VerifyAsync(VerifyProofCall.Words(proof, inputs), estimate));
    }

    [Fact]
    public async Task Too_little_gas_reverts_rather_than_answering_false()
    {
        // Otherwise an out-of-gas pairing call would read as an invalid proof, and eth_estimateGas
        // would settle on a limit at which valid proofs are refused.
        var (proof, inputs) = SnarkjsProof();
        var words = VerifyProofCall.Words(proof, inputs);
        Assert.True(await VerifyAsync(words, gas: 300_000));
        foreach (ulong gas in new ulong[] { 40_000, 100_000, 200_000 })
            await Assert.ThrowsAsync<EthRpcException>(() => VerifyAsync(words, gas));
    }

    private static void Flatten(JsonElement e, List<BigInteger> words)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Flatten(item, words);
            return;
        }
        var hex = e.GetString()!;
        Assert.StartsWith("0x", hex);
        words.Add(BigInteger.Parse("0" + hex[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}
