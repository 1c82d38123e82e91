using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Groth16;

namespace Rollup.Prover.Formats;

/// <summary>
/// Reads snarkjs' JSON files (verification_key.json, proof.json, public.json): decimal strings,
/// G1 as [x, y, z], G2 as [[x.c0, x.c1], [y.c0, y.c1], [z.c0, z.c1]], affine with z = 1 (z = 0
/// for the point at infinity). Anything else is a <see cref="FormatException"/> naming the field.
/// The writers reproduce snarkjs' bytes: JSON.stringify(value, null, 1), no final newline
/// (verification_key.json too: snarkjs writes it with bfj, indentation 1, same bytes).
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

    /// <summary>proof.json as snarkjs writes it: pi_a, pi_b, pi_c affine with z = 1, then protocol and curve.</summary>
    public static string WriteProof(Proof proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("pi_a");
            WriteG1(w, proof.A);
            w.WritePropertyName("pi_b");
            WriteG2(w, proof.B);
            w.WritePropertyName("pi_c");
            WriteG1(w, proof.C);
            w.WriteString("protocol", "groth16");
            w.WriteString("curve", ProverInfo.CurveName);
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// verification_key.json as <c>snarkjs zkey export verificationkey</c> writes it: protocol,
    /// curve, nPublic, α1, β2, γ2, δ2, e(α1, β2) (which verifiers may cache), then IC.
    /// </summary>
    public static string WriteVerificationKey(VerifyingKey vk)
    {
        ArgumentNullException.ThrowIfNull(vk);
        var alphaBeta = Pairings.Pairing.Compute(vk.Alpha1, vk.Beta2);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("protocol", "groth16");
            w.WriteString("curve", ProverInfo.CurveName);
            w.WriteNumber("nPublic", vk.PublicInputCount);
            w.WritePropertyName("vk_alpha_1");
            WriteG1(w, vk.Alpha1);
            w.WritePropertyName("vk_beta_2");
            WriteG2(w, vk.Beta2);
            w.WritePropertyName("vk_gamma_2");
            WriteG2(w, vk.Gamma2);
            w.WritePropertyName("vk_delta_2");
            WriteG2(w, vk.Delta2);
            w.WritePropertyName("vk_alphabeta_12");
            w.WriteStartArray();
            WriteFp6(w, alphaBeta.C0);
            WriteFp6(w, alphaBeta.C1);
            w.WriteEndArray();
            w.WritePropertyName("IC");
            w.WriteStartArray();
            foreach (var p in vk.IC) WriteG1(w, p);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>public.json: the public signals as an array of decimal strings.</summary>
    public static string WritePublicInputs(IReadOnlyList<BigInteger> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Write(w =>
        {
            w.WriteStartArray();
            foreach (var v in inputs) w.WriteStringValue(v.ToString(CultureInfo.InvariantCulture));
            w.WriteEndArray();
        });
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        // snarkjs uses JSON.stringify(x, null, 1): one-space indentation, "\n" line breaks.
        var options = new JsonWriterOptions { Indented = true, IndentSize = 1, IndentCharacter = ' ', NewLine = "\n" };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options)) body(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // ffjavascript's affine zero is (0, 1, 0); the readers take z = 0 as infinity either way.
    private static void WriteG1(Utf8JsonWriter w, in G1Affine p)
    {
        w.WriteStartArray();
        if (p.IsInfinity)
        {
            w.WriteStringValue("0"); w.WriteStringValue("1"); w.WriteStringValue("0");
        }
        else
        {
            w.WriteStringValue(p.X.ToString()); w.WriteStringValue(p.Y.ToString()); w.WriteStringValue("1");
        }
        w.WriteEndArray();
    }

    private static void WriteG2(Utf8JsonWriter w, in G2Affine p)
    {
        w.WriteStartArray();
        if (p.IsInfinity)
        {
            WriteFp2(w, Fields.Fp2.Zero); WriteFp2(w, Fields.Fp2.One); WriteFp2(w, Fields.Fp2.Zero);
        }
        else
        {
            WriteFp2(w, p.X); WriteFp2(w, p.Y); WriteFp2(w, Fields.Fp2.One);
        }
        w.WriteEndArray();
    }

    private static void WriteFp6(Utf8JsonWriter w, in Fp6 v)
    {
        w.WriteStartArray();
        WriteFp2(w, v.C0);
        WriteFp2(w, v.C1);
        WriteFp2(w, v.C2);
        w.WriteEndArray();
    }

    private static void WriteFp2(Utf8JsonWriter w, in Fp2 v)
    {
        w.WriteStartArray();
        w.WriteStringValue(v.C0.ToString());
        w.WriteStringValue(v.C1.ToString());
        w.WriteEndArray();
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
