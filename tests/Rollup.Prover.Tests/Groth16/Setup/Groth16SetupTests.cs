using System.Numerics;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;
using Rollup.Prover.Groth16.Setup;
using Rollup.Prover.Polynomials;
using Rollup.Prover.R1cs;
using Rollup.Prover.Tests.Formats;

namespace Rollup.Prover.Tests.Groth16.Setup;

public class Groth16SetupTests
{
    private static BigInteger[] Publics(ProvingKey key, Fr[] witness) => Groth16Prover.PublicSignals(key, witness);

    [Fact]
    public void Setup_of_g16_r1cs_has_the_layout_snarkjs_gave_g16_zkey()
    {
        var ours = Groth16Setup.InsecureDevelopmentSetup(G16Vectors.R1cs);
        var snarkjs = G16Zkey.Key;
        Assert.Equal(snarkjs.VariableCount, ours.VariableCount);
        Assert.Equal(snarkjs.PublicCount, ours.PublicCount);
        Assert.Equal(snarkjs.DomainSize, ours.DomainSize);
        // Same matrix entries in the same order, including the public-input rows.
        Assert.Equal(snarkjs.Coefficients, ours.Coefficients);
        Assert.Equal(snarkjs.CQuery.Length, ours.CQuery.Length);
        Assert.Equal(snarkjs.HQuery.Length, ours.HQuery.Length);
        // Wires snarkjs leaves at infinity (in no A or B term) are at infinity in ours too.
        for (int i = 0; i < ours.VariableCount; i++)
        {
            Assert.Equal(snarkjs.AQuery[i].IsInfinity, ours.AQuery[i].IsInfinity);
            Assert.Equal(snarkjs.B2Query[i].IsInfinity, ours.B2Query[i].IsInfinity);
        }
    }

    [Fact]
    public void Our_key_for_the_circom_circuit_proves_its_circom_witness()
    {
        var key = Phase2.Contribute(Groth16Setup.InsecureDevelopmentSetup(G16Vectors.R1cs));
        var witness = G16Vectors.Witness;
        var proof = Groth16Prover.Prove(key, witness);
        var publics = Publics(key, witness);
        Assert.Equal(G16Vectors.PublicSignals().Select(f => f.ToBigInteger()), publics);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(key.ToVerifyingKey(), proof, publics));
    }

    [Fact]
    public void Key_points_are_the_qap_at_tau_for_known_secrets()
    {
        var cs = new ConstraintSystem();
        var pub = cs.AllocatePublic(Fr.FromUInt64(35));
        var x = cs.AllocatePrivate(Fr.FromUInt64(5));
        var y = cs.AllocatePrivate(Fr.FromUInt64(7));
        cs.Enforce(x, y, pub);
        cs.Enforce(x + y, Fr.FromUInt64(2) * Variable.One, Fr.FromUInt64(24) * Variable.One);
        cs.Enforce(y, y - x, cs.Multiply(x, Fr.FromUInt64(2)));
        var r1cs = cs.ToR1csFile();
        Fr tau = Fr.Parse("987654321987654321987654321"), alpha = 11, beta = 13, gamma = 17, delta = 19;
        using var waste = new ToxicWaste(tau, alpha, beta, gamma, delta);
        var key = Groth16Setup.FromToxicWaste(r1cs, waste);

        int n = key.DomainSize;
        Assert.Equal(8, n); // 4 constraints + 1 public + 1 ≤ 8
        int nVars = key.VariableCount;
        // Dense matrices with snarkjs' extra rows A[nConstraints + s][s] = 1.
        var a = new Fr[n, nVars];
        var b = new Fr[n, nVars];
        var c = new Fr[n, nVars];
        for (int row = 0; row < r1cs.Constraints.Count; row++)
        {
            foreach (var t in r1cs.Constraints[row].A) a[row, t.Wire] += t.Coefficient;
            foreach (var t in r1cs.Constraints[row].B) b[row, t.Wire] += t.Coefficient;
            foreach (var t in r1cs.Constraints[row].C) c[row, t.Wire] += t.Coefficient;
        }
        for (int s = 0; s <= key.PublicCount; s++) a[r1cs.Constraints.Count + s, s] += Fr.One;

        var g1 = G1.Generator;
        var g2 = G2.Generator;
        Assert.Equal(G1.Multiply(g1, alpha).ToAffine(), key.Alpha1);
        Assert.Equal(G2.Multiply(g2, beta).ToAffine(), key.Beta2);
        Assert.Equal(G2.Multiply(g2, gamma).ToAffine(), key.Gamma2);
        Assert.Equal(G1.Multiply(g1, delta).ToAffine(), key.Delta1);
        for (int wire = 0; wire < nVars; wire++)
        {
            var ai = ColumnAtTau(a, wire, tau);
            var bi = ColumnAtTau(b, wire, tau);
            var ci = ColumnAtTau(c, wire, tau);
            Assert.Equal(G1.Multiply(g1, ai).ToAffine(), key.AQuery[wire]);
            Assert.Equal(G1.Multiply(g1, bi).ToAffine(), key.B1Query[wire]);
            Assert.Equal(G2.Multiply(g2, bi).ToAffine(), key.B2Query[wire]);
            var combined = beta * ai + alpha * bi + ci;
            if (wire <= key.PublicCount) Assert.Equal(G1.Multiply(g1, combined * Fr.Inverse(gamma)).ToAffine(), key.IC[wire]);
            else Assert.Equal(G1.Multiply(g1, combined * Fr.Inverse(delta)).ToAffine(), key.CQuery[wire - key.PublicCount - 1]);
        }
        // H_i = L_(2i+1)(τ)/δ over the 2n-point domain.
        for (int i = 0; i < n; i++)
        {
            var unit = new Fr[2 * n, 1];
            unit[2 * i + 1, 0] = Fr.One;
            Assert.Equal(G1.Multiply(g1, ColumnAtTau(unit, 0, tau) * Fr.Inverse(delta)).ToAffine(), key.HQuery[i]);
        }
    }

    /// <summary>The column's interpolating polynomial at τ, by inverse NTT and Horner: independent of the closed form the setup uses.</summary>
    private static Fr ColumnAtTau(Fr[,] matrix, int column, Fr tau)
    {
        var values = new Fr[matrix.GetLength(0)];
        for (int row = 0; row < values.Length; row++) values[row] = matrix[row, column];
        Ntt.Inverse(values);
        var acc = Fr.Zero;
        for (int k = values.Length - 1; k >= 0; k--) acc = acc * tau + values[k];
        return acc;
    }

    [Fact]
    public void Setup_contribute_prove_verify_round_trip_on_a_gadget_circuit()
    {
        var cs = SetupCircuits.GadgetSystem;
        var key = SetupCircuits.GadgetKey;
        Assert.True(cs.ConstraintCount > 250, $"{cs.ConstraintCount} constraints");
        var witness = cs.Witness();
        var proof = Groth16Prover.Prove(key, witness);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(key.ToVerifyingKey(), proof, Publics(key, witness)));
    }

    [Fact]
    public void Round_trip_on_a_multiplication_chain()
    {
        var cs = SetupCircuits.MultiplicationChain(100);
        Assert.True(cs.IsSatisfied(out _));
        var key = Phase2.Contribute(Groth16Setup.InsecureDevelopmentSetup(cs));
        var witness = cs.Witness();
        var proof = Groth16Prover.Prove(key, witness);
        var publics = Publics(key, witness);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.Verify(key.ToVerifyingKey(), proof, publics));
        publics[1] += 1;
        Assert.Equal(VerificationFailure.PairingFailed, Groth16Verifier.Verify(key.ToVerifyingKey(), proof, publics));
    }

    [Fact]
    public void Witness_with_any_sampled_wire_changed_neither_satisfies_nor_verifies()
    {
        var cs = SetupCircuits.GadgetSystem;
        var key = SetupCircuits.GadgetKey;
        var vk = key.ToVerifyingKey();
        var honest = cs.Witness();
        var wires = new List<int> { 1, 2, 3, 4, honest.Length - 1 };
        for (int w = 5; w < honest.Length - 1; w += 29) wires.Add(w);
        foreach (int wire in wires)
        {
            var witness = (Fr[])honest.Clone();
            witness[wire] += Fr.One;
            Assert.False(cs.IsSatisfiedBy(witness, out _), $"wire {wire}");
            var proof = Groth16Prover.Prove(key, witness);
            // Checked against the public signals this witness claims, so a changed public wire is no easier.
            Assert.Equal(VerificationFailure.PairingFailed, Groth16Verifier.Verify(vk, proof, Publics(key, witness)));
        }
    }

    [Fact]
    public void Key_without_a_contribution_is_refused_by_prover_and_verifier()
    {
        var initial = SetupCircuits.GadgetInitialKey;
        Assert.True(initial.LacksPhase2Contribution);
        Assert.Equal(G1Affine.Generator, initial.Delta1);
        Assert.Equal(G2Affine.Generator, initial.Gamma2);
        Assert.Throws<KeyWithoutContributionException>(() => Groth16Prover.Prove(initial, SetupCircuits.GadgetSystem.Witness()));
        Assert.Throws<KeyWithoutContributionException>(initial.EnsureContributed);
        Assert.Equal(VerificationFailure.KeyWithoutContribution, Groth16Verifier.CheckKey(initial.ToVerifyingKey()));
        Assert.Equal(Phase2Failure.NoContribution, Phase2.VerifyContributions(initial).Failure);

        var contributed = SetupCircuits.GadgetKey;
        Assert.False(contributed.LacksPhase2Contribution);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.CheckKey(contributed.ToVerifyingKey()));
    }

    [Fact]
    public void Each_development_setup_draws_fresh_secrets()
    {
        var cs = SetupCircuits.MultiplicationChain(4);
        var first = Groth16Setup.InsecureDevelopmentSetup(cs);
        var second = Groth16Setup.InsecureDevelopmentSetup(cs);
        Assert.NotEqual(first.Alpha1, second.Alpha1);
        Assert.NotEqual(first.Beta2, second.Beta2);
        Assert.NotEqual(first.AQuery[1], second.AQuery[1]);
        Assert.False(first.Phase2!.CircuitHash.Span.SequenceEqual(second.Phase2!.CircuitHash.Span));
        Assert.Empty(first.Phase2.Contributions);
    }

    [Fact]
    public void Domain_size_is_the_next_power_of_two_over_constraints_and_public_rows()
    {
        Assert.Equal(4, Groth16Setup.DomainSize(2, 1));
        Assert.Equal(8, Groth16Setup.DomainSize(5, 2));
        Assert.Equal(8, Groth16Setup.DomainSize(4, 2));
        Assert.Equal(1 << 16, Groth16Setup.DomainSize((1 << 16) - 3, 2));
        Assert.Equal(1 << 17, Groth16Setup.DomainSize(1 << 16, 0));
    }

    [Fact]
    public void Tau_inside_the_domain_is_refused()
    {
        var r1cs = SetupCircuits.MultiplicationChain(3).ToR1csFile();
        using var waste = new ToxicWaste(Ntt.RootOfUnity(4), 2, 3, 1, 1);
        Assert.Throws<ArgumentException>(() => Groth16Setup.FromToxicWaste(r1cs, waste));
    }
}
