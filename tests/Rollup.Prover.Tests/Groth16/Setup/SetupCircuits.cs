using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Prover.Gadgets;
using Rollup.Prover.Groth16;
using Rollup.Prover.Groth16.Setup;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.Groth16.Setup;

/// <summary>Circuits built with our builder for the setup tests, and keys for them made once per run.</summary>
internal static class SetupCircuits
{
    private static readonly Lazy<(ConstraintSystem System, ProvingKey Initial, ProvingKey Contributed)> GadgetKeys = new(() =>
    {
        var cs = Gadgets(11, 22, 1_000_000);
        var initial = Groth16Setup.InsecureDevelopmentSetup(cs);
        return (cs, initial, Phase2.Contribute(initial, "tests"));
    });

    /// <summary>The gadget circuit (values 11, 22, 1e6), its setup key and that key after one contribution.</summary>
    public static ConstraintSystem GadgetSystem => GadgetKeys.Value.System;
    public static ProvingKey GadgetInitialKey => GadgetKeys.Value.Initial;
    public static ProvingKey GadgetKey => GadgetKeys.Value.Contributed;

    /// <summary>
    /// Public: Poseidon(a, b) and an amount; private: a, b. Proves knowledge of the preimage,
    /// that amount fits in 32 bits, and a product chain over a, b: about 290 constraints.
    /// </summary>
    public static ConstraintSystem Gadgets(ulong a, ulong b, ulong amount)
    {
        var cs = new ConstraintSystem();
        var digest = cs.AllocatePublic(Poseidon.Hash(a, b));
        var amountVar = cs.AllocatePublic(amount);
        var va = cs.AllocatePrivate(a);
        var vb = cs.AllocatePrivate(b);
        cs.EnforceEqual(PoseidonGadget.Hash(cs, va, vb), digest);
        BitDecomposition.RangeCheck(cs, amountVar, 32);
        var product = cs.Multiply(va, vb);
        cs.Multiply(product, product + Fr.FromUInt64(7));
        return cs;
    }

    /// <summary>A chain x_(i+1) = x_i·x_i + i with x_0 public and the last value public: one constraint per link.</summary>
    public static ConstraintSystem MultiplicationChain(int length)
    {
        var cs = new ConstraintSystem();
        Fr x0 = 3;
        var first = cs.AllocatePublic(x0);
        var last = cs.AllocatePublic(Fr.Zero);
        var x = first;
        var value = x0;
        for (int i = 0; i < length; i++)
        {
            value = value * value + Fr.FromUInt64((ulong)i);
            var next = cs.AllocatePrivate(value);
            cs.Enforce(x, x, next - Fr.FromUInt64((ulong)i) * Variable.One);
            x = next;
        }
        cs.EnforceEqual(x, last);
        // The last public value was allocated before it was known; rebuild the witness with it.
        var witness = cs.Witness();
        witness[last.Index] = value;
        return Rebuild(cs, witness);
    }

    private static ConstraintSystem Rebuild(ConstraintSystem source, Fr[] witness)
    {
        var cs = new ConstraintSystem();
        for (int i = 1; i <= source.PublicCount; i++) cs.AllocatePublic(witness[i]);
        for (int i = source.PublicCount + 1; i < witness.Length; i++) cs.AllocatePrivate(witness[i]);
        foreach (var (a, b, c) in source.Constraints) cs.Enforce(a, b, c);
        return cs;
    }
}
