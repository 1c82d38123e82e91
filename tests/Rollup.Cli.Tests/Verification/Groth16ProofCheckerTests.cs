using Rollup.Cli.Verification;
using Rollup.Core.Fields;
using Rollup.Prover.Groth16;
using Rollup.Prover.Groth16.Setup;
using Rollup.Prover.R1cs;
using Rollup.Prover.Solidity;
using Rollup.SettlementClient.Verification;

namespace Rollup.Cli.Tests.Verification;

public class Groth16ProofCheckerTests
{
    private static readonly Fr Commitment = Fr.FromUInt64(0x1234_5678_9abc);
    private static readonly Lazy<(VerifyingKey Key, Proof Proof)> Circuit = new(() =>
    {
        // x public, x·x = y: the smallest circuit whose one public input is a batch commitment.
        var cs = new ConstraintSystem();
        var x = cs.AllocatePublic(Commitment);
        cs.Multiply(x, x);
        var key = Phase2.Contribute(Groth16Setup.InsecureDevelopmentSetup(cs.ToR1csFile()), "checker test");
        return (key.ToVerifyingKey(), Groth16Prover.Prove(key, cs.Witness()));
    });

    private static BatchProof AsBatchProof(Proof p) => new(
        p.A.X.ToBigInteger(), p.A.Y.ToBigInteger(),
        p.B.X.C0.ToBigInteger(), p.B.X.C1.ToBigInteger(), p.B.Y.C0.ToBigInteger(), p.B.Y.C1.ToBigInteger(),
        p.C.X.ToBigInteger(), p.C.Y.ToBigInteger());

    [Fact]
    public void Checker_accepts_a_real_proof_for_its_commitment_and_refuses_another_commitment()
    {
        var (key, proof) = Circuit.Value;
        var checker = new Groth16ProofChecker(key);

        Assert.Null(checker.Check(AsBatchProof(proof), Commitment));
        Assert.Equal(nameof(VerificationFailure.PairingFailed), checker.Check(AsBatchProof(proof), Commitment + Fr.One));
    }

    [Fact]
    public void Proof_read_from_contract_words_in_precompile_order_checks()
    {
        var (key, proof) = Circuit.Value;
        var b = new byte[EvmPointEncoding.G2Size];
        EvmPointEncoding.Write(proof.B, b);
        var words = Enumerable.Range(0, 4).Select(i => new System.Numerics.BigInteger(b.AsSpan(32 * i, 32), isUnsigned: true, isBigEndian: true)).ToArray();

        var fromCalldata = BatchProof.FromContractWords(
            [proof.A.X.ToBigInteger(), proof.A.Y.ToBigInteger()],
            [[words[0], words[1]], [words[2], words[3]]],
            [proof.C.X.ToBigInteger(), proof.C.Y.ToBigInteger()]);

        Assert.Equal(AsBatchProof(proof), fromCalldata);
        Assert.Null(new Groth16ProofChecker(key).Check(fromCalldata, Commitment));
    }

    [Fact]
    public void Coordinates_off_the_curve_or_above_p_are_invalid_not_errors()
    {
        var (key, proof) = Circuit.Value;
        var checker = new Groth16ProofChecker(key);
        var p = AsBatchProof(proof);

        Assert.Equal(nameof(VerificationFailure.ProofPointNotOnCurve), checker.Check(new BatchProof(p.Ax, p.Ay + 1, p.Bx0, p.Bx1, p.By0, p.By1, p.Cx, p.Cy), Commitment));
        Assert.Contains("base field", checker.Check(new BatchProof(Rollup.Prover.Fields.Fp.ModulusBigInteger, p.Ay, p.Bx0, p.Bx1, p.By0, p.By1, p.Cx, p.Cy), Commitment), StringComparison.Ordinal);
    }

    [Fact]
    public void Key_with_two_public_inputs_is_refused()
    {
        var vk = Rollup.Cli.Zk.ZkInputs.ReadVerifyingKey(Vectors.PathOf("groth16/vk.json"));
        Assert.Equal(4, Assert.Throws<CliException>(() => new Groth16ProofChecker(vk)).ExitCode);
    }
}
