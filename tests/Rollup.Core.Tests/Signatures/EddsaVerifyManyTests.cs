using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Core.Tests.Signatures;

/// <summary>Many signatures at once must get exactly the verdicts of one-by-one verification, good and bad mixed.</summary>
public class EddsaVerifyManyTests
{
    private static PrivateKey Key(int seed) => SeededKeys.Key(seed);

    private static void AssertSameVerdicts(List<(Fr Message, Signature Signature, PublicKey Key)> cases)
    {
        var messages = cases.Select(c => c.Message).ToArray();
        var signatures = cases.Select(c => c.Signature).ToArray();
        var keys = cases.Select(c => c.Key).ToArray();
        var results = new bool[cases.Count];
        EddsaPoseidon.VerifyMany(messages, signatures, keys, results);
        for (int i = 0; i < cases.Count; i++)
            Assert.True(EddsaPoseidon.Verify(messages[i], signatures[i], keys[i]) == results[i], $"case {i}: one by one and many disagree");
    }

    private static List<(Fr, Signature, PublicKey)> Valid(int count, int seed)
    {
        var list = new List<(Fr, Signature, PublicKey)>();
        for (int i = 0; i < count; i++)
        {
            var key = Key(seed + i % 5);
            var message = Fr.FromUInt64((ulong)(seed * 1000 + i));
            list.Add((message, key.Sign(message), key.GetPublicKey()));
        }
        return list;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(24)]
    public void Valid_signatures_all_verify(int count)
    {
        var cases = Valid(count, 10 + count);
        var results = new bool[count];
        EddsaPoseidon.VerifyMany(cases.Select(c => c.Item1).ToArray(), cases.Select(c => c.Item2).ToArray(), cases.Select(c => c.Item3).ToArray(), results);
        Assert.All(results, Assert.True);
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 4)]
    [InlineData(6, 2)]
    [InlineData(7, 6)]
    public void Short_groups_in_lanes_give_one_by_one_verdicts(int count, int tampered)
    {
        var cases = Valid(count, 50 + count);
        var (message, signature, key) = cases[tampered];
        cases[tampered] = (message + Fr.One, signature, key);
        AssertSameVerdicts(cases);
        var results = new bool[count];
        EddsaPoseidon.VerifyMany(cases.Select(c => c.Item1).ToArray(), cases.Select(c => c.Item2).ToArray(), cases.Select(c => c.Item3).ToArray(), results);
        for (int i = 0; i < count; i++) Assert.Equal(i != tampered, results[i]);
    }

    [Fact]
    public void Tampered_signatures_fail_in_their_own_lane_and_nowhere_else()
    {
        var cases = Valid(40, 3);
        var orderTwo = JubjubExtendedPoint.FromAffine(new JubjubPoint(Fr.Zero, -Fr.One));
        var smallOrderKey = new PublicKey(new JubjubPoint(Fr.Zero, Fr.One));
        for (int i = 0; i < cases.Count; i += 3)
        {
            var (message, signature, key) = cases[i];
            cases[i] = (i % 7) switch
            {
                0 => (message + Fr.One, signature, key),
                1 => (message, new Signature(signature.R8, UInt256.FromBigInteger(signature.S.ToBigInteger() + 1)), key),
                2 => (message, new Signature(signature.R8, UInt256.FromBigInteger(signature.S.ToBigInteger() + BabyJubjub.SubOrder.ToBigInteger())), key),
                3 => (message, new Signature(new JubjubPoint(signature.R8.X + Fr.One, signature.R8.Y), signature.S), key),
                4 => (message, signature, Key(999).GetPublicKey()),
                // R8 plus a point of order two: on the curve, but the exact equation fails.
                5 => (message, new Signature((JubjubExtendedPoint.FromAffine(signature.R8) + orderTwo).ToAffine(), signature.S), key),
                _ => (message, signature, smallOrderKey),
            };
        }
        AssertSameVerdicts(cases);
        var results = new bool[cases.Count];
        EddsaPoseidon.VerifyMany(cases.Select(c => c.Item1).ToArray(), cases.Select(c => c.Item2).ToArray(), cases.Select(c => c.Item3).ToArray(), results);
        for (int i = 0; i < cases.Count; i++) Assert.Equal(i % 3 != 0, results[i]);
    }

    [Fact]
    public void Circomlib_vectors_get_their_verdicts_in_lanes()
    {
        var cases = new List<(Fr, Signature, PublicKey)>();
        using var doc = Vectors.Load("eddsa_poseidon.json");
        var expected = new List<bool>();
        // Every row three times over, so that each lands in a full group of eight.
        for (int repeat = 0; repeat < 3; repeat++)
        {
            foreach (var row in doc.RootElement.GetProperty("cases").EnumerateArray())
            {
                var key = new PublicKey(new JubjubPoint(Fr.Parse(row.GetProperty("public_key")[0].GetString()!), Fr.Parse(row.GetProperty("public_key")[1].GetString()!)));
                var r8 = new JubjubPoint(Fr.Parse(row.GetProperty("R8")[0].GetString()!), Fr.Parse(row.GetProperty("R8")[1].GetString()!));
                var signature = new Signature(r8, UInt256.FromBigInteger(BigInteger.Parse(row.GetProperty("S").GetString()!)));
                cases.Add((Fr.Parse(row.GetProperty("message").GetString()!), signature, key));
                expected.Add(row.GetProperty("valid").GetBoolean());
            }
        }
        var results = new bool[cases.Count];
        EddsaPoseidon.VerifyMany(cases.Select(c => c.Item1).ToArray(), cases.Select(c => c.Item2).ToArray(), cases.Select(c => c.Item3).ToArray(), results);
        Assert.Equal(expected, results);
    }

    [Fact]
    public void Mismatched_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => EddsaPoseidon.VerifyMany(new Fr[2], new Signature[2], new PublicKey[1], new bool[2]));
    }
}
