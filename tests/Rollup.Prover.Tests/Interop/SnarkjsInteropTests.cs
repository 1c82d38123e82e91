using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Prover.Formats;
using Rollup.Prover.Gadgets;
using Rollup.Prover.Groth16;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Interop;

/// <summary>Our files and proofs, checked by snarkjs itself.</summary>
public sealed class SnarkjsInteropTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("snarkjs-interop-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Snarkjs_groth16_verify_accepts_a_proof_from_our_prover_and_refuses_a_changed_input()
    {
        var key = ZkeyReader.Read(Vectors.PathOf("groth16/g16.zkey"));
        var witness = WtnsFormat.Read(Vectors.PathOf("groth16/g16.wtns"));
        var proof = Groth16Prover.Prove(key, witness);
        BigInteger[] inputs = Groth16Prover.PublicSignals(key, witness);
        var proofPath = Write("proof.json", SnarkjsJson.WriteProof(proof));
        var publicPath = Write("public.json", SnarkjsJson.WritePublicInputs(inputs));
        var vk = Vectors.PathOf("groth16/vk.json");

        var (ok, okOutput) = SnarkjsCli.Run("groth16", "verify", vk, publicPath, proofPath);
        Assert.True(ok == 0, okOutput);
        Assert.Contains("OK", okOutput);

        inputs[0] += 1;
        var tampered = Write("public-tampered.json", SnarkjsJson.WritePublicInputs(inputs));
        var (bad, badOutput) = SnarkjsCli.Run("groth16", "verify", vk, tampered, proofPath);
        Assert.True(bad != 0, badOutput);
        Assert.Contains("Invalid proof", badOutput);
    }

    [Fact]
    public void Snarkjs_reads_our_r1cs_and_checks_our_witness()
    {
        var cs = new ConstraintSystem();
        Fr a = 11, b = 22;
        var digest = cs.AllocatePublic(Poseidon.Hash(Poseidon.Hash(a, b), b));
        var va = cs.AllocatePrivate(a);
        var vb = cs.AllocatePrivate(b);
        cs.EnforceEqual(PoseidonGadget.Hash(cs, PoseidonGadget.Hash(cs, va, vb), vb), digest);
        Assert.True(cs.IsSatisfied(out _));
        var r1cs = Write("c.r1cs", R1csFormat.Write(cs.ToR1csFile()));

        var (info, infoOutput) = SnarkjsCli.Run("r1cs", "info", r1cs);
        Assert.True(info == 0, infoOutput);
        Assert.Contains($"# of Constraints: {cs.ConstraintCount}", infoOutput);
        Assert.Contains($"# of Wires: {cs.VariableCount}", infoOutput);

        var (check, checkOutput) = SnarkjsCli.Run("wtns", "check", r1cs, Write("good.wtns", WtnsFormat.Write(cs.Witness())));
        Assert.True(check == 0, checkOutput);
        Assert.Contains("WITNESS IS CORRECT", checkOutput);

        var bad = cs.Witness();
        bad[^1] += Fr.One;
        var (tampered, tamperedOutput) = SnarkjsCli.Run("wtns", "check", r1cs, Write("bad.wtns", WtnsFormat.Write(bad)));
        Assert.True(tampered != 0, tamperedOutput);
        Assert.Contains("WITNESS IS NOT CORRECT", tamperedOutput);
    }
}
