using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Groth16;
using Rollup.Prover.Groth16.Setup;
using static Rollup.Prover.Formats.ZkeyLayout;

namespace Rollup.Prover.Formats;

/// <summary>
/// Writes a <see cref="ProvingKey"/> as a snarkjs Groth16 .zkey (magic "zkey", version 1),
/// sections 1 to 10 in that order, as snarkjs writes a contributed key: affine points with
/// Montgomery coordinates (little-endian, zeros for infinity), section 4 coefficients as
/// value·R² mod r, and the phase-2 transcript in section 10. Sections stream straight to the
/// output, so a large key is never held twice in memory.
/// </summary>
public static class ZkeyWriter
{
    private const int ChunkBytes = 1 << 16;

    // Coefficients are stored as v·R² with R = 2^256 (ffjavascript's Montgomery form of v·R).
    private static readonly Fr R2 = Fr.FromBigInteger(BigInteger.One << 512);

    public static byte[] Write(ProvingKey key)
    {
        using var stream = new MemoryStream();
        Write(stream, key);
        return stream.ToArray();
    }

    public static void Write(string path, ProvingKey key)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, ChunkBytes);
        Write(stream, key);
    }

    public static void Write(Stream stream, ProvingKey key)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(key);
        var contributions = key.Phase2 is null ? null : ContributionPayload(key.Phase2);

        Span<byte> header = stackalloc byte[12];
        Encoding.ASCII.GetBytes(ZkeyReader.Magic, header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], ZkeyReader.Version);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], contributions is null ? 9u : 10u);
        stream.Write(header[..12]);

        var protocol = new SectionWriter();
        protocol.WriteUInt32(ZkeyReader.Groth16Protocol);
        WriteSection(stream, ProtocolSection, protocol.ToArray());
        WriteSection(stream, HeaderSection, HeaderPayload(key));
        WriteG1Section(stream, IcSection, key.IC);
        WriteCoefficients(stream, key.Coefficients);
        WriteG1Section(stream, ASection, key.A);
        WriteG1Section(stream, B1Section, key.B1);
        WriteG2Section(stream, B2Section, key.B2);
        WriteG1Section(stream, CSection, key.C);
        WriteG1Section(stream, HSection, key.H);
        if (contributions is not null) WriteSection(stream, ContributionSection, contributions);
    }

    private static byte[] HeaderPayload(ProvingKey key)
    {
        var w = new SectionWriter();
        w.WriteUInt32(SectionReader.FieldBytes);
        w.WriteUInt256(Fields.Fp.Modulus);
        w.WriteUInt32(SectionReader.FieldBytes);
        w.WriteUInt256(Fr.Modulus);
        w.WriteUInt32((uint)key.VariableCount);
        w.WriteUInt32((uint)key.PublicCount);
        w.WriteUInt32((uint)key.DomainSize);
        Span<byte> g1 = stackalloc byte[G1Bytes];
        Span<byte> g2 = stackalloc byte[G2Bytes];
        EncodeG1(g1, key.Alpha1); w.WriteBytes(g1);
        EncodeG1(g1, key.Beta1); w.WriteBytes(g1);
        EncodeG2(g2, key.Beta2); w.WriteBytes(g2);
        EncodeG2(g2, key.Gamma2); w.WriteBytes(g2);
        EncodeG1(g1, key.Delta1); w.WriteBytes(g1);
        EncodeG2(g2, key.Delta2); w.WriteBytes(g2);
        return w.ToArray();
    }

    internal static byte[] ContributionPayload(Phase2Transcript transcript)
    {
        var w = new SectionWriter();
        w.WriteBytes(transcript.CircuitHash.Span);
        w.WriteUInt32((uint)transcript.Contributions.Count);
        Span<byte> g1 = stackalloc byte[G1Bytes];
        Span<byte> g2 = stackalloc byte[G2Bytes];
        foreach (var c in transcript.Contributions)
        {
            EncodeG1(g1, c.DeltaAfter); w.WriteBytes(g1);
            EncodeG1(g1, c.G1S); w.WriteBytes(g1);
            EncodeG1(g1, c.G1SX); w.WriteBytes(g1);
            EncodeG2(g2, c.G2SPX); w.WriteBytes(g2);
            w.WriteBytes(c.Transcript.Span);
            w.WriteUInt32((uint)c.Type);
            var parameters = ContributionParameters(c);
            w.WriteUInt32((uint)parameters.Length);
            w.WriteBytes(parameters);
        }
        return w.ToArray();
    }

    private static byte[] ContributionParameters(Phase2Contribution c)
    {
        var w = new SectionWriter();
        if (c.Name is not null)
        {
            var name = Encoding.UTF8.GetBytes(c.Name);
            if (name.Length > byte.MaxValue) throw new ArgumentException($"contribution name '{c.Name}' exceeds 255 UTF-8 bytes");
            w.WriteByte(NameParameter);
            w.WriteByte((byte)name.Length);
            w.WriteBytes(name);
        }
        if (c.NumIterationsExp is { } iterations)
        {
            w.WriteByte(IterationsParameter);
            w.WriteByte(iterations);
        }
        if (!c.BeaconHash.IsEmpty)
        {
            if (c.BeaconHash.Length > byte.MaxValue) throw new ArgumentException("beacon hash exceeds 255 bytes");
            w.WriteByte(BeaconHashParameter);
            w.WriteByte((byte)c.BeaconHash.Length);
            w.WriteBytes(c.BeaconHash.Span);
        }
        return w.ToArray();
    }

    private static void WriteCoefficients(Stream stream, IReadOnlyList<QapCoefficient> coefficients)
    {
        WriteSectionHeader(stream, CoefficientSection, 4 + (long)coefficients.Count * CoefficientBytes);
        Span<byte> count = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(count, (uint)coefficients.Count);
        stream.Write(count);
        var chunk = new byte[ChunkBytes / CoefficientBytes * CoefficientBytes];
        int used = 0;
        foreach (var k in coefficients)
        {
            var entry = chunk.AsSpan(used, CoefficientBytes);
            BinaryPrimitives.WriteUInt32LittleEndian(entry, (uint)k.Matrix);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], (uint)k.Constraint);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], (uint)k.Signal);
            (k.Value * R2).ToUInt256().WriteLittleEndian(entry[12..]);
            used += CoefficientBytes;
            if (used == chunk.Length)
            {
                stream.Write(chunk, 0, used);
                used = 0;
            }
        }
        stream.Write(chunk, 0, used);
    }

    private static void WriteG1Section(Stream stream, uint type, IReadOnlyList<G1Affine> points) =>
        WritePoints(stream, type, points.Count, G1Bytes, (span, i) => EncodeG1(span, points[i]));

    private static void WriteG2Section(Stream stream, uint type, G2Affine[] points) =>
        WritePoints(stream, type, points.Length, G2Bytes, (span, i) => EncodeG2(span, points[i]));

    private delegate void PointEncoder(Span<byte> destination, int index);

    private static void WritePoints(Stream stream, uint type, int count, int size, PointEncoder encode)
    {
        WriteSectionHeader(stream, type, (long)count * size);
        var chunk = new byte[ChunkBytes];
        int used = 0;
        for (int i = 0; i < count; i++)
        {
            encode(chunk.AsSpan(used, size), i);
            used += size;
            if (used == chunk.Length)
            {
                stream.Write(chunk, 0, used);
                used = 0;
            }
        }
        stream.Write(chunk, 0, used);
    }

    private static void WriteSection(Stream stream, uint type, byte[] payload)
    {
        WriteSectionHeader(stream, type, payload.Length);
        stream.Write(payload);
    }

    private static void WriteSectionHeader(Stream stream, uint type, long size)
    {
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32LittleEndian(header, type);
        BinaryPrimitives.WriteUInt64LittleEndian(header[4..], (ulong)size);
        stream.Write(header);
    }

    private static void EncodeG1(Span<byte> destination, in G1Affine p)
    {
        if (p.IsInfinity)
        {
            destination[..G1Bytes].Clear();
            return;
        }
        p.X.ToMontgomery().WriteLittleEndian(destination);
        p.Y.ToMontgomery().WriteLittleEndian(destination[32..]);
    }

    private static void EncodeG2(Span<byte> destination, in G2Affine p)
    {
        if (p.IsInfinity)
        {
            destination[..G2Bytes].Clear();
            return;
        }
        p.X.C0.ToMontgomery().WriteLittleEndian(destination);
        p.X.C1.ToMontgomery().WriteLittleEndian(destination[32..]);
        p.Y.C0.ToMontgomery().WriteLittleEndian(destination[64..]);
        p.Y.C1.ToMontgomery().WriteLittleEndian(destination[96..]);
    }
}
