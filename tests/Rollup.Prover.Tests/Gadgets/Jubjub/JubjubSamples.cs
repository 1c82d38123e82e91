using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Gadgets.Jubjub;

/// <summary>Points and scalars for the curve gadget tests, computed with Rollup.Core's curve code.</summary>
internal static class JubjubSamples
{
    public static readonly BigInteger SubOrder = BabyJubjub.SubOrder.ToBigInteger();

    /// <summary>A point of order 8: l·Generator, since the generator has order 8·l.</summary>
    public static readonly JubjubPoint OrderEight = JubjubPoint.Multiply(BabyJubjub.Generator, BabyJubjub.SubOrder);

    public static BigInteger RandomScalar(Random rng, int bits)
    {
        var bytes = new byte[(bits + 7) / 8 + 1];
        rng.NextBytes(bytes);
        bytes[^1] = 0;
        return new BigInteger(bytes) & ((BigInteger.One << bits) - 1);
    }

    /// <summary>A random point of the prime-order subgroup other than the identity.</summary>
    public static JubjubPoint RandomSubgroupPoint(Random rng) =>
        BabyJubjub.MultiplyBase8(UInt256.FromBigInteger(RandomScalar(rng, 240) + 1));

    public static JubjubPoint Times(in JubjubPoint p, BigInteger k) => JubjubPoint.Multiply(p, UInt256.FromBigInteger(k));

    /// <summary>Boolean wires holding the low n bits of k, least significant first.</summary>
    public static LinearCombination[] AllocateBits(ConstraintSystem cs, BigInteger k, int n)
    {
        var bits = new LinearCombination[n];
        for (int i = 0; i < n; i++) bits[i] = Rollup.Prover.Gadgets.Booleans.AllocateBit(cs, !(k >> i).IsEven);
        return bits;
    }
}
