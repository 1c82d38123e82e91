using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Groth16;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16.Setup;
using Rollup.Prover.Tests.Groth16.Setup;

namespace Rollup.Prover.Tests.Formats;

public class ZkeyReaderForProvingTests
{
    // Payload offsets of the query sections and the size of their records.
    private const uint A = 5, B2 = 7, H = 9, Ic = 3, Header = 2;

    [Fact]
    public void Snarkjs_key_reads_the_same_as_with_the_strict_reader()
    {
        using var file = new ZkeyFile(G16Zkey.Bytes);
        var key = ZkeyReader.ReadForProving(file.Path);
        ZkeyWriterTests.AssertSameKey(G16Zkey.Key, key);
        // Writing it back gives the file: nothing was lost or changed, infinity included.
        Assert.Equal(G16Zkey.Bytes, ZkeyWriter.Write(key));
    }

    [Fact]
    public void Snarkjs_key_has_query_points_at_infinity_and_they_read_as_infinity()
    {
        using var file = new ZkeyFile(G16Zkey.Bytes);
        var key = ZkeyReader.ReadForProving(file.Path);
        int infinite = 0;
        foreach (var p in key.B2Query)
            if (p.IsInfinity) infinite++;
        Assert.True(infinite > 0);
        Assert.Equal(G16Zkey.Key.B2Query.ToArray().Count(p => p.IsInfinity), infinite);
    }

    [Fact]
    public void Key_from_our_setup_reads_the_same_as_with_the_strict_reader()
    {
        var bytes = ZkeyWriter.Write(Phase2.Contribute(SetupCircuits.GadgetKey, "second"));
        using var file = new ZkeyFile(bytes);
        var key = ZkeyReader.ReadForProving(file.Path);
        ZkeyWriterTests.AssertSameKey(ZkeyReader.Read(bytes), key);
        Assert.Equal(bytes, ZkeyWriter.Write(key));
    }

    [Fact]
    public void Key_larger_than_one_piece_reads_the_same_as_with_the_strict_reader()
    {
        // Every section spans several of the reader's half-megabyte pieces, and every point
        // and coefficient differs from the others, so a piece put in the wrong place shows.
        var original = DistinctPointsKey(variables: 10_000, domain: 16_384, coefficients: 30_000);
        var bytes = ZkeyWriter.Write(original);
        using var file = new ZkeyFile(bytes);
        var key = ZkeyReader.ReadForProving(file.Path);
        // Against the key itself too: both readers share the coefficient decoding.
        ZkeyWriterTests.AssertSameKey(original, key);
        ZkeyWriterTests.AssertSameKey(ZkeyReader.Read(bytes), key);
        Assert.Equal(bytes, ZkeyWriter.Write(key));
    }

    [Fact]
    public void Query_point_off_the_curve_is_read_for_proving_but_refused_by_the_strict_reader()
    {
        var bytes = Corrupt(A, 64 + 1, 1); // A[1].x
        using var file = new ZkeyFile(bytes);
        var key = ZkeyReader.ReadForProving(file.Path);
        Assert.False(key.AQuery[1].IsOnCurve);
        Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.Read(bytes));
    }

    [Fact]
    public void Query_coordinate_not_below_q_is_refused()
    {
        var bytes = (byte[])G16Zkey.Bytes.Clone();
        int at = G16Zkey.SectionOffset(bytes, H) + 3 * 64 + 32; // H[3].y
        bytes.AsSpan(at, 32).Fill(0xff);
        using var file = new ZkeyFile(bytes);
        var e = Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.ReadForProving(file.Path));
        Assert.Contains("zkey H: point 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void G2_query_coordinate_not_below_q_is_refused()
    {
        var bytes = (byte[])G16Zkey.Bytes.Clone();
        int at = G16Zkey.SectionOffset(bytes, B2) + 2 * 128 + 96; // B2[2].y.c1
        bytes.AsSpan(at, 32).Fill(0xff);
        using var file = new ZkeyFile(bytes);
        var e = Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.ReadForProving(file.Path));
        Assert.Contains("zkey B2: point 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IC_point_off_the_curve_is_refused()
    {
        using var file = new ZkeyFile(Corrupt(Ic, 1, 1));
        Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.ReadForProving(file.Path));
    }

    [Fact]
    public void Header_point_off_the_curve_is_refused()
    {
        // α1.x: after the two field sizes and primes and the three counts.
        using var file = new ZkeyFile(Corrupt(Header, 4 + 32 + 4 + 32 + 12 + 1, 1));
        Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.ReadForProving(file.Path));
    }

    [Fact]
    public void Coefficient_on_a_signal_outside_the_circuit_is_refused()
    {
        var bytes = (byte[])G16Zkey.Bytes.Clone();
        int entry = G16Zkey.SectionOffset(bytes, 4) + 4 + 10 * 44;
        BitConverter.GetBytes(100_000u).CopyTo(bytes, entry + 8);
        using var file = new ZkeyFile(bytes);
        var e = Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.ReadForProving(file.Path));
        Assert.Contains("entry 10 on signal 100000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_file_is_refused()
    {
        using var file = new ZkeyFile(G16Zkey.Bytes.AsSpan(0, G16Zkey.Bytes.Length - 1).ToArray());
        Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.ReadForProving(file.Path));
    }

    [Fact]
    public void Trailing_bytes_are_refused()
    {
        using var file = new ZkeyFile([.. G16Zkey.Bytes, 0]);
        var e = Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.ReadForProving(file.Path));
        Assert.Contains("trailing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_magic_is_refused()
    {
        var bytes = (byte[])G16Zkey.Bytes.Clone();
        bytes[0] = (byte)'x';
        using var file = new ZkeyFile(bytes);
        Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.ReadForProving(file.Path));
    }

    [Fact]
    public void Query_section_of_the_wrong_size_is_refused()
    {
        // One byte more at the end of section 5 (A), declared in its size: the container stays
        // valid, the section does not.
        var original = G16Zkey.Bytes;
        int a = G16Zkey.SectionOffset(original, A);
        long size = BitConverter.ToInt64(original, a - 8);
        byte[] bytes = [.. original.AsSpan(0, a + (int)size), 0, .. original.AsSpan(a + (int)size)];
        BitConverter.GetBytes(size + 1).CopyTo(bytes, a - 8);
        using var file = new ZkeyFile(bytes);
        var e = Assert.Throws<SnarkjsFormatException>(() => ZkeyReader.ReadForProving(file.Path));
        Assert.Contains("zkey A", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_an_IO_error()
    {
        Assert.Throws<FileNotFoundException>(() => ZkeyReader.ReadForProving(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".zkey")));
    }

    /// <summary>A key (no circuit behind it) whose query points are G·1, G·2, … and coefficients 1, 2, …, each in its own place.</summary>
    private static ProvingKey DistinctPointsKey(int variables, int domain, int coefficients)
    {
        var g1 = new G1[Math.Max(variables, domain) + 8];
        var g2 = new G2[variables];
        var p1 = G1.Infinity;
        var p2 = G2.Infinity;
        for (int i = 0; i < g1.Length; i++) g1[i] = p1 = G1.AddMixed(p1, G1Affine.Generator);
        for (int i = 0; i < g2.Length; i++) g2[i] = p2 = G2.AddMixed(p2, G2Affine.Generator);
        var points1 = new G1Affine[g1.Length];
        var points2 = new G2Affine[g2.Length];
        G1.BatchToAffine(g1, points1);
        G2.BatchToAffine(g2, points2);
        // Shifted copies, so that A, B1, C and H differ from each other too.
        G1Affine[] Slice(int from, int count) => points1.AsSpan(from, count).ToArray();
        var coefficientList = new QapCoefficient[coefficients];
        for (int i = 0; i < coefficients; i++)
            coefficientList[i] = new QapCoefficient((QapMatrix)(i & 1), i % domain, i % variables, Fr.FromUInt64((ulong)i + 1));
        var gamma2 = points2[0];
        var delta2 = points2[1];
        return new ProvingKey(variables, 1, domain, points1[0], points1[1], points2[2], gamma2, points1[2], delta2,
            [points1[3], points1[4]], coefficientList,
            Slice(1, variables), Slice(2, variables), points2, Slice(3, variables - 2), Slice(4, domain),
            new Phase2Transcript(new byte[64], []));
    }

    private static byte[] Corrupt(uint section, int offset, byte mask)
    {
        var bytes = (byte[])G16Zkey.Bytes.Clone();
        bytes[G16Zkey.SectionOffset(bytes, section) + offset] ^= mask;
        return bytes;
    }
}
