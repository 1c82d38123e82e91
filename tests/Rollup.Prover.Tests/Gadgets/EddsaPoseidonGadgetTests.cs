using System.Numerics;
using System.Text.Json;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Hashing;
using Rollup.Core.Signatures;
using Rollup.Prover.Gadgets;
using Rollup.Prover.Gadgets.Jubjub;
using Rollup.Prover.R1cs;
using Rollup.Prover.Tests.Gadgets.Jubjub;

namespace Rollup.Prover.Tests.Gadgets;

public class EddsaPoseidonGadgetTests
{
    private static readonly BigInteger L = JubjubSamples.SubOrder;

    public static TheoryData<int> VectorRows()
    {
        var data = new TheoryData<int>();
        using var doc = Vectors.Load("eddsa_poseidon.json");
        for (int i = 0; i < doc.RootElement.GetProperty("cases").GetArrayLength(); i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(VectorRows))]
    public void Every_vector_row_gets_the_off_chain_verdict(int i)
    {
        using var doc = Vectors.Load("eddsa_poseidon.json");
        var row = doc.RootElement.GetProperty("cases")[i];
        var key = PointOf(row.GetProperty("public_key"));
        var r8 = PointOf(row.GetProperty("R8"));
        var s = BigInteger.Parse(row.GetProperty("S").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var message = Fr.Parse(row.GetProperty("message").GetString()!);
        bool expected = row.GetProperty("valid").GetBoolean();

        Assert.Equal(expected, EddsaPoseidon.Verify(message, new Signature(r8, UInt256.FromBigInteger(s)), new PublicKey(key)));
        Assert.Equal(expected, Build(key, r8, s, message).IsSatisfied(out _));
    }

    [Fact]
    public void Signatures_made_by_the_core_signer_satisfy()
    {
        var rng = new Random(31);
        for (int trial = 0; trial < 3; trial++)
        {
            var (key, signature, message) = RandomSigned(rng);
            Assert.True(EddsaPoseidon.Verify(message, signature, new PublicKey(key)));
            GadgetAssert.Satisfied(Build(key, signature.R8, signature.S.ToBigInteger(), message));
        }
    }

    public static TheoryData<string> Tamperings() => ["message", "S + 1", "S - 1", "R8 + Base8", "R8 negated", "R8 off the curve", "other key", "key negated", "key off the curve"];

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void A_tampered_signature_is_unsatisfiable(string tampering)
    {
        var (key, signature, message) = RandomSigned(new Random(32));
        var r8 = signature.R8;
        var s = signature.S.ToBigInteger();
        switch (tampering)
        {
            case "message": message += Fr.One; break;
            case "S + 1": s = (s + 1) % L; break;
            case "S - 1": s = (s + L - 1) % L; break;
            case "R8 + Base8": r8 += BabyJubjub.Base8; break;
            case "R8 negated": r8 = -r8; break;
            case "R8 off the curve": r8 = new JubjubPoint(r8.X, r8.Y + Fr.One); break;
            case "other key": key = JubjubSamples.RandomSubgroupPoint(new Random(33)); break;
            case "key negated": key = -key; break;
            default: key = new JubjubPoint(key.X + Fr.One, key.Y); break;
        }
        Assert.False(EddsaPoseidon.Verify(message, new Signature(r8, UInt256.FromBigInteger(s)), new PublicKey(key)));
        Assert.False(Build(key, r8, s, message).IsSatisfied(out _));
    }

    [Fact]
    public void S_at_or_above_the_subgroup_order_is_refused_even_though_the_equation_holds()
    {
        // S + l gives the same S·Base8, so only the range check can refuse it.
        var (key, signature, message) = RandomSigned(new Random(34));
        var s = signature.S.ToBigInteger();
        foreach (var claimed in new[] { s + L, s + 2 * L, L })
        {
            Assert.False(EddsaPoseidon.Verify(message, new Signature(signature.R8, UInt256.FromBigInteger(claimed)), new PublicKey(key)));
            Assert.False(Build(key, signature.R8, claimed, message).IsSatisfied(out _));
        }
    }

    [Fact]
    public void Small_order_keys_are_refused_although_anyone_can_satisfy_their_equation()
    {
        // With 8·A = identity the h term vanishes: S·Base8 = R8 holds for any S.
        var s = JubjubSamples.RandomScalar(new Random(35), 240);
        var r8 = JubjubSamples.Times(BabyJubjub.Base8, s);
        var orderFour = JubjubPoint.Double(JubjubSamples.OrderEight);
        foreach (var key in new[] { BabyJubjub.Identity, new JubjubPoint(Fr.Zero, -Fr.One), orderFour, JubjubSamples.OrderEight })
        {
            Assert.False(EddsaPoseidon.Verify(Fr.One, new Signature(r8, UInt256.FromBigInteger(s)), new PublicKey(key)));
            Assert.False(Build(key, r8, s, Fr.One).IsSatisfied(out _));
        }
    }

    [Fact]
    public void A_key_with_a_small_order_part_verifies_as_off_chain()
    {
        // 8·(A + T8) = 8·A, so whoever knows A's scalar can sign for A + T8; both sides accept.
        var rng = new Random(36);
        var a = JubjubSamples.RandomScalar(rng, 240) + 1;
        var key = JubjubSamples.Times(BabyJubjub.Base8, a) + JubjubSamples.OrderEight;
        var (r8, s, message) = SignWithScalar(rng, key, a, BabyJubjub.Identity);
        Assert.True(EddsaPoseidon.Verify(message, new Signature(r8, UInt256.FromBigInteger(s)), new PublicKey(key)));
        GadgetAssert.Satisfied(Build(key, r8, s, message));
    }

    [Fact]
    public void An_R8_with_a_small_order_part_is_refused_as_off_chain()
    {
        // S·Base8 = R8 − T8 + h·8A: the cofactored equation 8·S·Base8 = 8·R8 + 8·h·8A would accept it,
        // circomlib's and Rollup.Core's cofactorless one does not.
        var rng = new Random(37);
        var a = JubjubSamples.RandomScalar(rng, 240) + 1;
        var key = JubjubSamples.Times(BabyJubjub.Base8, a);
        var (r8, s, message) = SignWithScalar(rng, key, a, JubjubSamples.OrderEight);
        Assert.False(EddsaPoseidon.Verify(message, new Signature(r8, UInt256.FromBigInteger(s)), new PublicKey(key)));
        Assert.False(Build(key, r8, s, message).IsSatisfied(out _));
    }

    [Fact]
    public void Disabled_checks_accept_anything_and_enabled_ones_verify()
    {
        var (key, signature, message) = RandomSigned(new Random(38));
        var garbage = new JubjubPoint(Fr.FromUInt64(5), Fr.FromUInt64(7));
        foreach (var (enabled, k, r8, s, expected) in new[]
        {
            (false, garbage, garbage, BigInteger.Pow(2, 252), true),
            (false, key, signature.R8, signature.S.ToBigInteger() + 1, true),
            (true, key, signature.R8, signature.S.ToBigInteger(), true),
            (true, key, signature.R8, signature.S.ToBigInteger() + 1, false),
            (true, garbage, garbage, BigInteger.One, false),
        })
        {
            var cs = new ConstraintSystem();
            var flag = Booleans.AllocateBit(cs, enabled);
            EddsaPoseidonGadget.VerifyIfEnabled(cs, flag, EdwardsPoint.Allocate(cs, k), EdwardsPoint.Allocate(cs, r8),
                cs.AllocatePrivate(Fr.FromBigInteger(s)), cs.AllocatePrivate(message));
            Assert.Equal(expected, cs.IsSatisfied(out _));
        }
    }

    [Fact]
    public void A_disabled_witness_for_a_bad_signature_breaks_when_the_flag_is_turned_on()
    {
        var (key, signature, message) = RandomSigned(new Random(39));
        var cs = new ConstraintSystem();
        var flag = Booleans.AllocateBit(cs, false);
        EddsaPoseidonGadget.VerifyIfEnabled(cs, flag, EdwardsPoint.Allocate(cs, key), EdwardsPoint.Allocate(cs, signature.R8),
            cs.AllocatePrivate(Fr.FromCanonical(signature.S) + Fr.One), cs.AllocatePrivate(message));
        GadgetAssert.Satisfied(cs);
        var witness = cs.Witness();
        witness[flag.Index] = Fr.One;
        Assert.False(cs.IsSatisfiedBy(witness, out _));
    }

    [Fact]
    public void Every_wire_of_an_enabled_check_matters_including_the_flag()
    {
        var (key, signature, message) = RandomSigned(new Random(42));
        var cs = new ConstraintSystem();
        EddsaPoseidonGadget.VerifyIfEnabled(cs, Booleans.AllocateBit(cs, true), EdwardsPoint.Allocate(cs, key),
            EdwardsPoint.Allocate(cs, signature.R8), cs.AllocatePrivate(Fr.FromCanonical(signature.S)), cs.AllocatePrivate(message));
        GadgetAssert.EveryWireMatters(cs, maxWires: 150);
    }

    [Fact]
    public void Costs_per_part_are_pinned()
    {
        var (key, signature, message) = RandomSigned(new Random(40));
        var cs = Build(key, signature.R8, signature.S.ToBigInteger(), message);
        var counts = cs.ConstraintCountsByScope;
        Assert.Equal(6, counts["eddsa-poseidon/on-curve"]);
        Assert.Equal(13, counts["eddsa-poseidon/cofactor"]);
        Assert.Equal(324, counts["eddsa-poseidon/hash"]);
        Assert.Equal(508, counts["eddsa-poseidon/h-bits"]);
        Assert.Equal(502, counts["eddsa-poseidon/s-range"]);
        Assert.Equal(509, counts["eddsa-poseidon/s-base8"]);
        Assert.Equal(1675, counts["eddsa-poseidon/h-a8"]);
        Assert.Equal(6, counts["eddsa-poseidon/equation"]);
        Assert.Equal(3543, counts["eddsa-poseidon"]);
        Assert.Equal(3543, cs.ConstraintCount);

        var gated = new ConstraintSystem();
        EddsaPoseidonGadget.VerifyIfEnabled(gated, Booleans.AllocateBit(gated, true), EdwardsPoint.Allocate(gated, key),
            EdwardsPoint.Allocate(gated, signature.R8), gated.AllocatePrivate(Fr.FromCanonical(signature.S)), gated.AllocatePrivate(message));
        Assert.Equal(6, gated.ConstraintCountsByScope["eddsa-poseidon-enabled"]);
        Assert.Equal(1 + 6 + 3543, gated.ConstraintCount);
    }

    [Fact]
    public void Every_wire_of_a_valid_instance_matters()
    {
        var (key, signature, message) = RandomSigned(new Random(41));
        GadgetAssert.EveryWireMatters(Build(key, signature.R8, signature.S.ToBigInteger(), message), maxWires: 300);
    }

    private static ConstraintSystem Build(in JubjubPoint key, in JubjubPoint r8, BigInteger s, in Fr message)
    {
        var cs = new ConstraintSystem();
        EddsaPoseidonGadget.Verify(cs, EdwardsPoint.Allocate(cs, key), EdwardsPoint.Allocate(cs, r8), cs.AllocatePrivate(Fr.FromBigInteger(s)), cs.AllocatePrivate(message));
        return cs;
    }

    private static (JubjubPoint Key, Signature Signature, Fr Message) RandomSigned(Random rng)
    {
        var secret = new byte[PrivateKey.Length];
        rng.NextBytes(secret);
        var key = new PrivateKey(secret);
        var message = GadgetAssert.RandomFr(rng);
        return (key.GetPublicKey().Point, key.Sign(message), message);
    }

    /// <summary>
    /// A signature by the scalar a of key = a·Base8 + (small-order part), with R8 = r·Base8 + rTorsion:
    /// S = r + h·8a, so S·Base8 = R8 − rTorsion + h·(8·key).
    /// </summary>
    private static (JubjubPoint R8, BigInteger S, Fr Message) SignWithScalar(Random rng, JubjubPoint key, BigInteger a, JubjubPoint rTorsion)
    {
        var r = JubjubSamples.RandomScalar(rng, 240);
        var r8 = JubjubSamples.Times(BabyJubjub.Base8, r) + rTorsion;
        var message = GadgetAssert.RandomFr(rng);
        ReadOnlySpan<Fr> transcript = [r8.X, r8.Y, key.X, key.Y, message];
        var h = Poseidon.Hash(transcript).ToBigInteger();
        return (r8, (r + h * 8 * a) % L, message);
    }

    private static JubjubPoint PointOf(JsonElement pair) => new(Fr.Parse(pair[0].GetString()!), Fr.Parse(pair[1].GetString()!));
}
