using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Prover.Formats;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;
using Rollup.Prover.Tests.Formats;

namespace Rollup.Prover.Tests.R1cs;

/// <summary>
/// Rebuilds the shared g16.circom (public h = Poseidon(a, b), c = a * b; private a, b) with the
/// builder: the exported files must carry the same public signals snarkjs produced.
/// </summary>
public class G16ReproductionTests
{
    private static ConstraintSystem Build(in Fr a, in Fr b)
    {
        var cs = new ConstraintSystem();
        var h = cs.AllocatePublic(Poseidon.Hash(a, b));
        var c = cs.AllocatePublic(a * b);
        var va = cs.AllocatePrivate(a);
        var vb = cs.AllocatePrivate(b);
        cs.EnforceEqual(h, PoseidonGadget.Hash(cs, va, vb));
        cs.Enforce(va, vb, c);
        return cs;
    }

    [Fact]
    public void Exported_witness_has_the_snarkjs_public_signals()
    {
        var circom = G16Vectors.Witness;
        var cs = Build(circom[3], circom[4]);
        var r1cs = R1csFormat.Read(R1csFormat.Write(cs.ToR1csFile()));
        var witness = WtnsFormat.Read(WtnsFormat.Write(cs.Witness()));

        Assert.Equal(G16Vectors.R1cs.PublicCount, r1cs.PublicCount);
        Assert.Equal(G16Vectors.PublicSignals(), witness.AsSpan(1, r1cs.PublicCount).ToArray());
        Assert.True(r1cs.IsSatisfiedBy(witness, out int failing), $"constraint {failing} fails");
        // circom's file has 518 constraints for this circuit; the builder needs 243 + 2.
        Assert.Equal(245, r1cs.Constraints.Count);
    }

    [Fact]
    public void Wrong_public_output_is_unsatisfiable()
    {
        var circom = G16Vectors.Witness;
        var cs = Build(circom[3], circom[4]);
        var witness = cs.Witness();
        witness[1] += Fr.One;
        Assert.False(cs.IsSatisfiedBy(witness, out _));
    }
}
