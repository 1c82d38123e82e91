using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Prover.Gadgets;
using Rollup.Prover.R1cs;

namespace Rollup.Cli.Zk.Bench;

/// <summary>
/// A circuit shaped like the batch circuit's bulk, sized to fill a 2^k evaluation domain
/// exactly: a chain h_{i+1} = Poseidon(h_i, x_i) where each x_i is a 64-bit value range
/// checked through its bits, then single multiplications up to the size. Its witness mixes
/// dense field elements (the hash states) with many 0/1 wires (the bits) as real circuits do.
/// The final hash is the one public signal.
/// </summary>
internal static class BenchmarkCircuit
{
    private const int ValueBits = 64;

    public static ConstraintSystem Build(int log2Domain)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(log2Domain, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(log2Domain, 24);
        // snarkjs' domain holds the constraints plus one row per public signal and one for wire 0.
        int budget = (1 << log2Domain) - 2;
        var probe = new ConstraintSystem();
        Unit(probe, probe.AllocatePrivate(Fr.One), 0);
        int unitCost = probe.ConstraintCount;
        int units = (budget - 1) / unitCost;

        var expected = Fr.FromUInt64(7);
        for (int i = 0; i < units; i++) expected = Poseidon.Hash(expected, Value(i));

        var cs = new ConstraintSystem();
        var output = cs.AllocatePublic(expected);
        LinearCombination h = Fr.FromUInt64(7);
        for (int i = 0; i < units; i++) h = Unit(cs, h, i);
        cs.EnforceEqual(h, output);

        // Fill the rest of the domain with squarings of a fresh wire.
        var x = cs.AllocatePrivate(Fr.FromUInt64(3));
        while (cs.ConstraintCount < budget) x = cs.Multiply(x, x);
        return cs;
    }

    private static LinearCombination Unit(ConstraintSystem cs, in LinearCombination h, int i)
    {
        var x = cs.AllocatePrivate(Value(i));
        BitDecomposition.RangeCheck(cs, x, ValueBits);
        return PoseidonGadget.Hash(cs, h, x);
    }

    // Deterministic, full-width 64-bit values (splitmix64), so the bits are half ones.
    private static Fr Value(int i)
    {
        ulong z = (ulong)(i + 1) * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return Fr.FromUInt64(z ^ (z >> 31));
    }
}
