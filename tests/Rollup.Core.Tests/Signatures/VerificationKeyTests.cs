using System.Numerics;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Core.Tests.Signatures;

/// <summary>A prepared key must give exactly the verdicts of the unprepared verification, alone and in lanes.</summary>
public class VerificationKeyTests
{
    private static PrivateKey Key(int seed) => SeededKeys.Key(seed);

    /// <summary>Signatures by five keys, every third one spoiled in one of six ways (or signed with another key).</summary>
    private static List<(Fr Message, Signature Signature, PublicKey Key)> Mixed(int count, int seed)
    {
        var orderTwo = JubjubExtendedPoint.FromAffine(new JubjubPoint(Fr.Zero, -Fr.One));
        var cases = new List<(Fr, Signature, PublicKey)>();
        for (int i = 0; i < count; i++)
        {
            var key = Key(seed + i % 5);
            var message = Fr.FromUInt64((ulong)(seed * 1000 + i));
            var signature = key.Sign(message);
            var (m, s) = (i % 3 != 0 ? 6 : i / 3 % 6) switch
            {
                0 => (message + Fr.One, signature),
                1 => (message, new Signature(signature.R8, UInt256.FromBigInteger(signature.S.ToBigInteger() + 1))),
                2 => (message, new Signature(signature.R8, UInt256.FromBigInteger(signature.S.ToBigInteger() + BabyJubjub.SubOrder.ToBigInteger()))),
                3 => (message, new Signature(new JubjubPoint(signature.R8.X + Fr.One, signature.R8.Y), signature.S)),
                4 => (message, new Signature((JubjubExtendedPoint.FromAffine(signature.R8) + orderTwo).ToAffine(), signature.S)),
                5 => (message, Key(seed + 77).Sign(message)),
                _ => (message, signature),
            };
            cases.Add((m, s, key.GetPublicKey()));
        }
        return cases;
    }

    [Fact]
    public void Prepared_verification_gives_the_unprepared_verdict_for_good_and_spoiled_signatures()
    {
        var cases = Mixed(60, 5);
        var prepared = new Dictionary<PublicKey, VerificationKey>();
        int valid = 0;
        foreach (var (message, signature, key) in cases)
        {
            if (!prepared.TryGetValue(key, out var vk)) prepared[key] = vk = VerificationKey.Prepare(key)!;
            bool expected = EddsaPoseidon.Verify(message, signature, key);
            Assert.Equal(expected, EddsaPoseidon.Verify(message, signature, vk));
            if (expected) valid++;
        }
        Assert.Equal(40, valid);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(30)]
    public void Many_with_prepared_keys_give_one_by_one_verdicts(int count)
    {
        var cases = Mixed(count, 40 + count);
        var prepared = cases.Select(c => VerificationKey.Prepare(c.Key)!).ToArray();
        var results = new bool[count];
        EddsaPoseidon.VerifyMany(cases.Select(c => c.Message).ToArray(), cases.Select(c => c.Signature).ToArray(), prepared, results);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal(EddsaPoseidon.Verify(cases[i].Message, cases[i].Signature, cases[i].Key), results[i]);
            Assert.Equal(i % 3 != 0, results[i]);
        }
    }

    [Fact]
    public void Keys_no_signature_can_verify_under_are_not_prepared()
    {
        Assert.Null(VerificationKey.Prepare(new PublicKey(new JubjubPoint(Fr.Zero, Fr.One))));
        Assert.Null(VerificationKey.Prepare(new PublicKey(new JubjubPoint(Fr.Zero, -Fr.One))));
        var good = Key(3).GetPublicKey();
        Assert.Null(VerificationKey.Prepare(new PublicKey(new JubjubPoint(good.Point.X + Fr.One, good.Point.Y))));
        var prepared = VerificationKey.Prepare(good);
        Assert.NotNull(prepared);
        Assert.Equal(good, prepared.Key);
        Assert.Equal(63 * 8 * 96, prepared.ByteSize);
    }

    [Fact]
    public void Circomlib_vectors_get_their_verdicts_with_prepared_keys()
    {
        using var doc = Vectors.Load("eddsa_poseidon.json");
        var messages = new List<Fr>();
        var signatures = new List<Signature>();
        var keys = new List<VerificationKey>();
        var expected = new List<bool>();
        for (int repeat = 0; repeat < 3; repeat++)
        {
            foreach (var row in doc.RootElement.GetProperty("cases").EnumerateArray())
            {
                var key = new PublicKey(new JubjubPoint(Fr.Parse(row.GetProperty("public_key")[0].GetString()!), Fr.Parse(row.GetProperty("public_key")[1].GetString()!)));
                var prepared = VerificationKey.Prepare(key);
                if (prepared is null)
                {
                    Assert.False(row.GetProperty("valid").GetBoolean());
                    continue;
                }
                var r8 = new JubjubPoint(Fr.Parse(row.GetProperty("R8")[0].GetString()!), Fr.Parse(row.GetProperty("R8")[1].GetString()!));
                var signature = new Signature(r8, UInt256.FromBigInteger(BigInteger.Parse(row.GetProperty("S").GetString()!)));
                var message = Fr.Parse(row.GetProperty("message").GetString()!);
                Assert.Equal(row.GetProperty("valid").GetBoolean(), EddsaPoseidon.Verify(message, signature, prepared));
                messages.Add(message);
                signatures.Add(signature);
                keys.Add(prepared);
                expected.Add(row.GetProperty("valid").GetBoolean());
            }
        }
        Assert.Contains(true, expected);
        Assert.Contains(false, expected);
        var results = new bool[messages.Count];
        EddsaPoseidon.VerifyMany(messages.ToArray(), signatures.ToArray(), keys.ToArray(), results);
        Assert.Equal(expected, results);
    }

    [Fact]
    public void Fixed_base_tables_multiply_as_the_double_and_add_does_at_window_boundaries()
    {
        var point = JubjubExtendedPoint.FromAffine(Key(8).GetPublicKey().Point);
        var table = VerificationKey.Prepare(new PublicKey(point.ToAffine()))!;
        var negA8 = -JubjubExtendedPoint.MultiplyByCofactor(point);
        var l = BabyJubjub.SubOrder.ToBigInteger();
        foreach (var k in new[] { BigInteger.Zero, BigInteger.One, new BigInteger(8), new BigInteger(9), new BigInteger(15), new BigInteger(16), new BigInteger(17),
                     (BigInteger.One << 64) - 1, BigInteger.One << 64, (BigInteger.One << 248) + 7, l - 1, l - 8, (BigInteger.One << 250) + (BigInteger.One << 249) })
        {
            var scalar = UInt256.FromBigInteger(k);
            Assert.Equal(JubjubExtendedPoint.Multiply(negA8, scalar), table.NegatedA8.MultiplyAdd(JubjubExtendedPoint.Identity, scalar));
        }
    }
}
