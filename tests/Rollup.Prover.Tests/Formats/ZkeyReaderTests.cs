using Rollup.Core.Fields;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;

namespace Rollup.Prover.Tests.Formats;

public class ZkeyReaderTests
{
    [Fact]
    public void Header_matches_the_circuit()
    {
        var key = G16Zkey.Key;
        var r1cs = G16Vectors.R1cs;
        Assert.Equal((int)r1cs.WireCount, key.VariableCount);
        Assert.Equal(r1cs.PublicCount, key.PublicCount);
        // Smallest power of two holding the constraints plus snarkjs' nPublic + 1 extra rows.
        int needed = r1cs.Constraints.Count + r1cs.PublicCount + 1;
        Assert.True(key.DomainSize >= needed && key.DomainSize / 2 < needed);
        Assert.Equal(key.DomainSize, key.HQuery.Length);
        Assert.Equal(key.VariableCount - key.PublicCount - 1, key.CQuery.Length);
    }

    [Fact]
    public void Derived_verifying_key_equals_vk_json_point_by_point()
    {
        using var json = Vectors.Load("groth16/vk.json");
        var expected = SnarkjsJson.ReadVerifyingKey(json.RootElement);
        var actual = G16Zkey.Key.ToVerifyingKey();
        Assert.Equal(expected.Alpha1, actual.Alpha1);
        Assert.Equal(expected.Beta2, actual.Beta2);
        Assert.Equal(expected.Gamma2, actual.Gamma2);
        Assert.Equal(expected.Delta2, actual.Delta2);
        Assert.Equal(expected.IC.Length, actual.IC.Length);
        for (int i = 0; i < expected.IC.Length; i++) Assert.Equal(expected.IC[i], actual.IC[i]);
        Assert.Equal(VerificationFailure.None, Groth16Verifier.CheckKey(actual));
    }

    [Fact]
    public void Coefficients_are_the_r1cs_A_and_B_matrices_plus_one_row_per_public_signal()
    {
        // A wrong Montgomery conversion (R instead of R^2) would show up here as wrong values.
        var key = G16Zkey.Key;
        var r1cs = G16Vectors.R1cs;
        var expected = new Dictionary<(QapMatrix, int, int), Fr>();
        void Add(QapMatrix m, int c, int s, Fr v) =>
            expected[(m, c, s)] = expected.TryGetValue((m, c, s), out var old) ? old + v : v;
        for (int c = 0; c < r1cs.Constraints.Count; c++)
        {
            foreach (var t in r1cs.Constraints[c].A) Add(QapMatrix.A, c, (int)t.Wire, t.Coefficient);
            foreach (var t in r1cs.Constraints[c].B) Add(QapMatrix.B, c, (int)t.Wire, t.Coefficient);
        }
        for (int s = 0; s <= r1cs.PublicCount; s++) Add(QapMatrix.A, r1cs.Constraints.Count + s, s, Fr.One);

        var actual = new Dictionary<(QapMatrix, int, int), Fr>();
        foreach (var k in key.Coefficients)
            actual[(k.Matrix, k.Constraint, k.Signal)] = actual.TryGetValue((k.Matrix, k.Constraint, k.Signal), out var old) ? old + k.Value : k.Value;
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (at, v) in expected) Assert.Equal(v, actual[at]);
    }

    [Fact]
    public void Wrong_magic_is_refused()
    {
        var data = (byte[])G16Zkey.Bytes.Clone();
        data[0] = (byte)'x';
        Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.Read(data));
    }

    [Fact]
    public void Other_protocol_is_refused()
    {
        var data = (byte[])G16Zkey.Bytes.Clone();
        data[G16Zkey.SectionOffset(data, 1)] = 2; // 2 = PLONK in snarkjs
        var e = Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.Read(data));
        Assert.Contains("protocol", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_primes_are_refused()
    {
        int header = G16Zkey.SectionOffset(G16Zkey.Bytes, 2);
        foreach (int primeOffset in new[] { header + 4, header + 4 + 32 + 4 })
        {
            var data = (byte[])G16Zkey.Bytes.Clone();
            data[primeOffset] ^= 2;
            var e = Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.Read(data));
            Assert.Contains("field", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Point_off_the_curve_is_refused()
    {
        var data = (byte[])G16Zkey.Bytes.Clone();
        data[G16Zkey.SectionOffset(data, 5) + 64 + 1] ^= 1; // A[1].x
        Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.Read(data));
    }

    [Fact]
    public void Truncated_section_is_refused()
    {
        var data = G16Zkey.Bytes.AsSpan(0, G16Zkey.Bytes.Length - 1).ToArray();
        Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.Read(data));
    }
}
