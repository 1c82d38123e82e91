using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Groth16;

namespace Rollup.Prover.Formats;

/// <summary>
/// Reads snarkjs' JSON files (verification_key.json, proof.json, public.json): decimal strings,
/// G1 as [x, y, z], G2 as [[x.c0, x.c1], [y.c0, y.c1], [z.c0, z.c1]], affine with z = 1 (z = 0
/// for the point at infinity). Anything else is a <see cref="FormatException"/> naming the field.
/// </summary>
public static class SnarkjsJson
{
    public static VerifyingKey ReadVerifyingKey(JsonElement vk)
    {
        Expect(vk, "protocol", "groth16");
        Expect(vk, "curve", ProverInfo.CurveName);
        var ic = Property(vk, "IC");
        if (ic.ValueKind != JsonValueKind.Array || ic.GetArrayLength() == 0) throw new FormatException("IC must be a non-empty array");
        var icPoints = new G1Affine[ic.GetArrayLength()];
        for (int i = 0; i < icPoints.Length; i++) icPoints[i] = G1(ic[i], $"IC[{i}]");
        if (vk.TryGetProperty("nPublic", out var n) && n.GetInt32() != icPoints.Length - 1)
            throw new FormatException($"nPublic is {n.GetInt32()} but IC has {icPoints.Length} points");
        return new VerifyingKey(
            G1(Property(vk, "vk_alpha_1"), "vk_alpha_1"),
            G2(Property(vk, "vk_beta_2"), "vk_beta_2"),
            G2(Property(vk, "vk_gamma_2"), "vk_gamma_2"),
            G2(Property(vk, "vk_delta_2"), "vk_delta_2"),
            icPoints);
    }

    public static Proof ReadProof(JsonElement proof)
    {
        if (proof.TryGetProperty("protocol", out _)) Expect(proof, "protocol", "groth16");
        return new Proof(G1(Property(proof, "pi_a"), "pi_a"), G2(Property(proof, "pi_b"), "pi_b"), G1(Property(proof, "pi_c"), "pi_c"));
    }

    /// <summary>Public signals as integers; whether they are below r is the verifier's check.</summary>
    public static BigInteger[] ReadPublicInputs(JsonElement publicJson)
    {
        if (publicJson.ValueKind != JsonValueKind.Array) throw new FormatException("public.json must be an array of decimal strings");
        var result = new BigInteger[publicJson.GetArrayLength()];
        for (int i = 0; i < result.Length; i++) result[i] = Decimal(publicJson[i], $"public[{i}]");
        return result;
    }

    public static G1Affine G1(JsonElement e, string name)
    {
        RequireArray(e, 3, name);
        var z = Coordinate(e[2], name + ".z");
        if (z.IsZero) return G1Affine.Infinity;
        if (!z.IsOne) throw new FormatException($"{name} is not affine (z must be 1 or 0)");
        return new G1Affine(Coordinate(e[0], name + ".x"), Coordinate(e[1], name + ".y"));
    }

    public static G2Affine G2(JsonElement e, string name)
    {
        RequireArray(e, 3, name);
        var z = Fp2(e[2], name + ".z");
        if (z.IsZero) return G2Affine.Infinity;
        if (!z.IsOne) throw new FormatException($"{name} is not affine (z must be [1, 0] or [0, 0])");
        return new G2Affine(Fp2(e[0], name + ".x"), Fp2(e[1], name + ".y"));
    }

    public static Fp2 Fp2(JsonElement e, string name)
    {
        RequireArray(e, 2, name);
        return new Fp2(Coordinate(e[0], name + ".c0"), Coordinate(e[1], name + ".c1"));
    }

    public static Fp12 Fp12(JsonElement e, string name)
    {
        RequireArray(e, 2, name);
        return new Fp12(Fp6(e[0], name + "[0]"), Fp6(e[1], name + "[1]"));
    }

    private static Fp6 Fp6(JsonElement e, string name)
    {
        RequireArray(e, 3, name);
        return new Fp6(Fp2(e[0], name + "[0]"), Fp2(e[1], name + "[1]"), Fp2(e[2], name + "[2]"));
    }

    private static Fp Coordinate(JsonElement e, string name)
    {
        var v = Decimal(e, name);
        if (v >= Fields.Fp.ModulusBigInteger) throw new FormatException($"{name} is not below the base field modulus p");
        return Fields.Fp.FromBigInteger(v);
    }

    private static BigInteger Decimal(JsonElement e, string name)
    {
        var s = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        if (string.IsNullOrEmpty(s) || s.Length > 100 || !s.All(char.IsAsciiDigit))
            throw new FormatException($"{name} must be a decimal string");
        return BigInteger.Parse(s, CultureInfo.InvariantCulture);
    }

    private static JsonElement Property(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : throw new FormatException($"missing field '{name}'");

    private static void Expect(JsonElement e, string name, string value)
    {
        var v = Property(e, name);
        if (v.ValueKind != JsonValueKind.String || v.GetString() != value)
            throw new FormatException($"'{name}' must be \"{value}\"");
    }

    private static void RequireArray(JsonElement e, int length, string name)
    {
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() != length)
            throw new FormatException($"{name} must be an array of {length}");
    }
}
