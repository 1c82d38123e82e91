using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Rollup.SettlementClient.Contracts.Rollup;

/// <summary>
/// A Groth16 proof in the verifier's calling convention (snarkjs soliditycalldata): A and C as
/// (x, y), B's G2 coordinates each as (c1, c0). Coordinates must be below the BN254 base field
/// modulus p; whether they form a valid proof is the verifier's business.
/// </summary>
public sealed record Groth16Proof
{
    public static readonly BigInteger BaseFieldModulus =
        BigInteger.Parse("21888242871839275222246405745257275088696311157297823662689037894645226208583", CultureInfo.InvariantCulture);

    public Groth16Proof(BigInteger[] a, BigInteger[][] b, BigInteger[] c)
    {
        Check(a, "a");
        if (b is not { Length: 2 }) throw new ArgumentException("b has two G2 coordinates", nameof(b));
        Check(b[0], "b[0]");
        Check(b[1], "b[1]");
        Check(c, "c");
        A = [.. a];
        B = [[.. b[0]], [.. b[1]]];
        C = [.. c];
    }

    public IReadOnlyList<BigInteger> A { get; }
    public IReadOnlyList<IReadOnlyList<BigInteger>> B { get; }
    public IReadOnlyList<BigInteger> C { get; }

    /// <summary>
    /// Reads snarkjs' proof.json (pi_a, pi_b, pi_c in projective form with z = 1) and reorders
    /// B's coordinates to (c1, c0), as `snarkjs zkey export soliditycalldata` does.
    /// </summary>
    public static Groth16Proof FromSnarkjsJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var a = Coordinates(root.GetProperty("pi_a"), "pi_a");
            var b = root.GetProperty("pi_b");
            if (b.ValueKind != JsonValueKind.Array || b.GetArrayLength() < 2) throw new FormatException("pi_b is not an array of G2 coordinates");
            var b0 = Coordinates(b[0], "pi_b[0]");
            var b1 = Coordinates(b[1], "pi_b[1]");
            var c = Coordinates(root.GetProperty("pi_c"), "pi_c");
            return new Groth16Proof(a, [[b0[1], b0[0]], [b1[1], b1[0]]], c);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException("not a snarkjs Groth16 proof: " + e.Message, e);
        }
    }

    internal object?[] ToAbi() =>
    [
        new object?[] { A[0], A[1] },
        new object?[] { new object?[] { B[0][0], B[0][1] }, new object?[] { B[1][0], B[1][1] } },
        new object?[] { C[0], C[1] },
    ];

    private static BigInteger[] Coordinates(JsonElement element, string what)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() < 2) throw new FormatException($"{what} is not an array of coordinates");
        var values = new BigInteger[2];
        for (int i = 0; i < 2; i++)
        {
            var text = element[i].ValueKind == JsonValueKind.String ? element[i].GetString()! : throw new FormatException($"{what}[{i}] is not a decimal string");
            if (!BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out values[i])) throw new FormatException($"{what}[{i}] is not a decimal integer");
        }
        return values;
    }

    private static void Check(BigInteger[] pair, string what)
    {
        if (pair is not { Length: 2 }) throw new ArgumentException($"{what} has two coordinates");
        foreach (var v in pair)
            if (v.Sign < 0 || v >= BaseFieldModulus) throw new ArgumentException($"{what} coordinate {v} is not below the base field modulus");
    }
}
