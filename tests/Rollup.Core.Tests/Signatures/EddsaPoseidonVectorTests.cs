using System.Numerics;
using System.Text.Json;
using Rollup.Core.Curves;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Core.Tests.Signatures;

/// <summary>eddsa_poseidon.json, produced by circomlibjs signPoseidon (Blake-512 key expansion).</summary>
public class EddsaPoseidonVectorTests
{
    public static TheoryData<int> Rows()
    {
        var data = new TheoryData<int>();
        using var doc = Vectors.Load("eddsa_poseidon.json");
        for (int i = 0; i < doc.RootElement.GetProperty("cases").GetArrayLength(); i++) data.Add(i);
        return data;
    }

    private static JsonElement Row(int i) => Vectors.Load("eddsa_poseidon.json").RootElement.GetProperty("cases")[i];

    private static JubjubPoint PointOf(JsonElement pair) =>
        new(Fr.Parse(pair[0].GetString()!), Fr.Parse(pair[1].GetString()!));

    [Theory]
    [MemberData(nameof(Rows))]
    public void Verdict_matches_circomlib(int i)
    {
        var row = Row(i);
        var key = new PublicKey(PointOf(row.GetProperty("public_key")));
        var signature = new Signature(
            PointOf(row.GetProperty("R8")),
            UInt256.FromBigInteger(BigInteger.Parse(row.GetProperty("S").GetString()!)));
        var message = Fr.Parse(row.GetProperty("message").GetString()!);
        Assert.Equal(row.GetProperty("valid").GetBoolean(), EddsaPoseidon.Verify(message, signature, key));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Vector_keys_are_usable_prime_subgroup_points(int i)
    {
        var key = new PublicKey(PointOf(Row(i).GetProperty("public_key")));
        Assert.True(key.IsUsable);
        Assert.True(key.Point.IsInPrimeSubgroup);
    }

    [Fact]
    public void The_file_has_both_valid_and_invalid_rows()
    {
        using var doc = Vectors.Load("eddsa_poseidon.json");
        var verdicts = doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("valid").GetBoolean()).ToList();
        Assert.Contains(true, verdicts);
        Assert.Contains(false, verdicts);
    }
}
