using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets;

public class PoseidonGadgetTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(16)]
    public void Circuit_output_equals_the_core_hash(int inputCount)
    {
        var rng = new Random(inputCount);
        for (int trial = 0; trial < 3; trial++)
        {
            var values = Enumerable.Range(0, inputCount).Select(_ => GadgetAssert.RandomFr(rng)).ToArray();
            var cs = new ConstraintSystem();
            var inputs = values.Select(v => (LinearCombination)cs.AllocatePrivate(v)).ToArray();
            var output = PoseidonGadget.Hash(cs, inputs);
            Assert.Equal(Poseidon.Hash(values), cs.Value(output));
            GadgetAssert.Satisfied(cs);
        }
    }

    [Fact]
    public void Two_inputs_cost_243_constraints_and_every_wire_matters()
    {
        var cs = new ConstraintSystem();
        var a = cs.AllocatePrivate(Fr.FromUInt64(1));
        var b = cs.AllocatePrivate(Fr.FromUInt64(2));
        LinearCombination h;
        using (cs.Scope("poseidon2")) h = PoseidonGadget.Hash(cs, a, b);
        // 3 constraints per S-box: 8 full rounds x 3 cells + 57 partial rounds x 1 cell.
        Assert.Equal(243, cs.ConstraintCountsByScope["poseidon2"]);
        Assert.Equal(Poseidon.Hash(Fr.FromUInt64(1), Fr.FromUInt64(2)), cs.Value(h));
        GadgetAssert.EveryWireMatters(cs);
    }

    [Fact]
    public void Matches_the_circom_witness_of_the_shared_vector()
    {
        // g16: h = Poseidon(a, b) with h at wire 1 and a, b at wires 3 and 4.
        var w = Formats.G16Vectors.Witness;
        var cs = new ConstraintSystem();
        var h = PoseidonGadget.Hash(cs, cs.AllocatePrivate(w[3]), cs.AllocatePrivate(w[4]));
        Assert.Equal(w[1], cs.Value(h));
    }
}
