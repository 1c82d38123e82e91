using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Rollup.Core.Batches;
using Rollup.Core.Fields;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;
using Rollup.Prover.Groth16.Setup;
using Rollup.Prover.R1cs;
using Rollup.Prover.Solidity;

namespace Rollup.Prover.Tests.Solidity;

/// <summary>
/// The settlement contract's Hardhat tests finalize a batch through a real generated Groth16
/// verifier. The fixture is a one-public-input key, a proof whose public input is the
/// BatchCommitment of the "one deposit" batch in batch-commitments.json, and the verifier the
/// generator emits for that key. Proofs are randomised, so instead of a byte comparison the
/// test checks that the committed proof verifies for the committed key and that the committed
/// verifier source is what the generator emits for it.
/// </summary>
public class BatchProofContractFixtureTests
{
    // Set to 1 to make a new key and proof and rewrite the fixture instead of only checking it.
    private const string RegenerateVariable = "ROLLUP_REGENERATE_CONTRACTS";
    private const string ContractName = "BatchProofVerifier";
    private const string BatchCase = "one deposit";

    // Both tests read the files; with the variable set, the first of them to run rewrites them once.
    private static readonly Lazy<string> FixtureRoot = new(() =>
    {
        var dir = FixtureDirectory();
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1") Regenerate(dir, DepositBatchCommitment(dir));
        return dir;
    });

    [Fact]
    public void Committed_batch_proof_verifies_for_the_committed_key_and_the_batch_commitment()
    {
        var dir = FixtureRoot.Value;
        var commitment = DepositBatchCommitment(dir);

        var vk = ReadJson(dir, "batch-proof/verification_key.json", SnarkjsJson.ReadVerifyingKey);
        var proof = ReadJson(dir, "batch-proof/proof.json", SnarkjsJson.ReadProof);
        var inputs = ReadJson(dir, "batch-proof/public.json", SnarkjsJson.ReadPublicInputs);
        Assert.Equal(1, vk.PublicInputCount);
        Assert.Equal([commitment.ToBigInteger()], inputs);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(vk, proof, inputs));
        // The check can fail: the same proof does not verify for a neighbouring commitment.
        Assert.Equal(VerificationFailure.PairingFailed, Groth16Verifier.Verify(vk, proof, [commitment.ToBigInteger() + 1]));
    }

    [Fact]
    public void Committed_batch_verifier_is_what_the_generator_emits_for_the_committed_key()
    {
        var dir = FixtureRoot.Value;
        var vk = ReadJson(dir, "batch-proof/verification_key.json", SnarkjsJson.ReadVerifyingKey);
        var path = Path.Combine(dir, ContractName + ".sol");
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with {RegenerateVariable}=1");
        Assert.True(SolidityVerifierGenerator.Generate(vk, ContractName) == File.ReadAllText(path),
            $"{path} differs from the generator's output for the committed key; run the tests with {RegenerateVariable}=1");
    }

    /// <summary>x public, x·x = y: the smallest circuit with the commitment as its one public input.</summary>
    private static ConstraintSystem CommitmentCircuit(in Fr commitment)
    {
        var cs = new ConstraintSystem();
        var x = cs.AllocatePublic(commitment);
        cs.Multiply(x, x);
        return cs;
    }

    private static void Regenerate(string dir, in Fr commitment)
    {
        var cs = CommitmentCircuit(commitment);
        var key = Phase2.Contribute(Groth16Setup.InsecureDevelopmentSetup(cs), "batch-proof fixture");
        var witness = cs.Witness();
        var proof = Groth16Prover.Prove(key, witness);
        var vk = key.ToVerifyingKey();
        Directory.CreateDirectory(Path.Combine(dir, "batch-proof"));
        File.WriteAllText(Path.Combine(dir, "batch-proof", "verification_key.json"), SnarkjsJson.WriteVerificationKey(vk));
        File.WriteAllText(Path.Combine(dir, "batch-proof", "proof.json"), SnarkjsJson.WriteProof(proof));
        File.WriteAllText(Path.Combine(dir, "batch-proof", "public.json"), SnarkjsJson.WritePublicInputs(Groth16Prover.PublicSignals(key, witness)));
        File.WriteAllText(Path.Combine(dir, ContractName + ".sol"), SolidityVerifierGenerator.Generate(vk, ContractName));
    }

    /// <summary>Recomputed from the case's inputs with BatchCommitment, not read from the fixture's own answer.</summary>
    private static Fr DepositBatchCommitment(string dir)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "batch-commitments.json")));
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            if (c.GetProperty("name").GetString() != BatchCase) continue;
            var pubdata = Convert.FromHexString(c.GetProperty("pubdata").GetString()![2..]);
            return BatchCommitment.Compute(
                Fr.FromBigInteger(BigInteger.Parse(c.GetProperty("oldRoot").GetString()!, CultureInfo.InvariantCulture)),
                Fr.FromBigInteger(BigInteger.Parse(c.GetProperty("newRoot").GetString()!, CultureInfo.InvariantCulture)),
                ulong.Parse(c.GetProperty("batchNumber").GetString()!, CultureInfo.InvariantCulture),
                ulong.Parse(c.GetProperty("priorityFirst").GetString()!, CultureInfo.InvariantCulture),
                ulong.Parse(c.GetProperty("priorityEnd").GetString()!, CultureInfo.InvariantCulture),
                pubdata);
        }
        throw new InvalidDataException($"batch-commitments.json has no case '{BatchCase}'");
    }

    private static T ReadJson<T>(string dir, string relative, Func<JsonElement, T> read)
    {
        var path = Path.Combine(dir, relative);
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with {RegenerateVariable}=1");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return read(doc.RootElement);
    }

    private static string FixtureDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "contracts", "test", "fixtures");
            if (File.Exists(Path.Combine(dir.FullName, "Rollup.sln")) && Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("contracts/test/fixtures not found above " + AppContext.BaseDirectory);
    }
}
