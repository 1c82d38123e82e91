using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets;

internal static class GadgetAssert
{
    public static void Satisfied(ConstraintSystem cs)
    {
        Assert.True(cs.IsSatisfied(out int failing), $"constraint {failing} fails on an honest witness");
    }

    /// <summary>
    /// Adding 1 or 2 to any single wire from firstWire on must break a constraint: a wire that
    /// can change alone is unconstrained (2 as well, since 0 + 1 is still a bit). Inputs a gadget
    /// may legitimately ignore go below firstWire. Large systems are sampled at up to maxWires
    /// evenly spaced wires.
    /// </summary>
    public static void EveryWireMatters(ConstraintSystem cs, int firstWire = 1, int maxWires = 400)
    {
        Satisfied(cs);
        var witness = cs.Witness();
        int step = Math.Max(1, (witness.Length - firstWire) / maxWires);
        for (int wire = firstWire; wire < witness.Length; wire += step)
        {
            var saved = witness[wire];
            foreach (var delta in new[] { Fr.One, Fr.FromUInt64(2) })
            {
                witness[wire] = saved + delta;
                Assert.False(cs.IsSatisfiedBy(witness, out _), $"wire {wire} can change by {delta} without breaking a constraint");
            }
            witness[wire] = saved;
        }
    }

    public static Fr RandomFr(Random rng)
    {
        Span<byte> b = stackalloc byte[32];
        rng.NextBytes(b);
        return Fr.FromBytesReduced(b);
    }
}
