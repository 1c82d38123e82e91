using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Groth16;
using Rollup.Prover.Groth16.Setup;
using Rollup.Prover.Hashing;
using static Rollup.Prover.Formats.ZkeyLayout;

namespace Rollup.Prover.Formats;

/// <summary>
/// Reads a snarkjs Groth16 .zkey (magic "zkey", version 1) into a <see cref="ProvingKey"/>.
/// Points are affine with coordinates in Montgomery form (x·2^256 mod q), little-endian, all
/// zeros for infinity; the A/B coefficients of section 4 are stored as value·R^2 mod r.
/// Everything is checked strictly: protocol, both primes, section sizes, canonical coordinates
/// and that every point lies on its curve (G2 subgroup membership is left to the verifier,
/// which checks the key points it uses). Section 10, the phase-2 transcript, is read into
/// <see cref="ProvingKey.Phase2"/> when present.
/// </summary>
public static partial class ZkeyReader
{
    public const string Magic = "zkey";
    public const uint Version = 1;
    public const uint Groth16Protocol = 1;


    // The largest domain whose coset shift w_2n the 2^28 root of unity still provides.
    private const int MaxDomainSize = 1 << 27;

    // Stored coefficients are v·R^2 with R = 2^256: multiplying by R^-2 recovers v.

    public static ProvingKey Read(string path) => Read(File.ReadAllBytes(path));

    public static ProvingKey Read(byte[] data)
    {
        var container = BinaryContainer.Parse(data, Magic, Version);

        var header = ReadHeader(container.Section(ProtocolSection), container.Section(HeaderSection));
        int nVars = header.VariableCount, nPublic = header.PublicCount, domainSize = header.DomainSize;

        var ic = ReadG1Array(container, IcSection, "zkey IC", nPublic + 1);
        var coefficients = ReadCoefficients(container, nVars, domainSize);
        var a = ReadG1Array(container, ASection, "zkey A", nVars);
        var b1 = ReadG1Array(container, B1Section, "zkey B1", nVars);
        var b2 = ReadG2Array(container, B2Section, "zkey B2", nVars);
        var c = ReadG1Array(container, CSection, "zkey C", nVars - nPublic - 1);
        var h = ReadG1Array(container, HSection, "zkey H", domainSize);
        // snarkjs' prover ignores section 10, so a key without it is still a valid proving key.
        var phase2 = container.HasSection(ContributionSection) ? ReadContributions(container.Section(ContributionSection)) : null;

        return CreateKey(header, ic, coefficients, a, b1, b2, c, h, phase2);
    }

    /// <summary>Sections 1 and 2, checked strictly: Groth16, BN254's primes, sane counts, the key points on their curves.</summary>
    private static ZkeyHeader ReadHeader(ReadOnlySpan<byte> protocolSection, ReadOnlySpan<byte> headerSection)
    {
        var protocol = new SectionReader(protocolSection, "zkey protocol");
        uint id = protocol.ReadUInt32();
        if (id != Groth16Protocol) throw new SnarkjsFormatException($"zkey protocol {id} is not Groth16 ({Groth16Protocol})");
        protocol.EnsureEnd();

        var header = new SectionReader(headerSection, "zkey header");
        ReadPrime(ref header, Fp.Modulus, "base field q");
        ReadPrime(ref header, Fr.Modulus, "scalar field r");
        int nVars = ReadCount(ref header, "nVars");
        int nPublic = ReadCount(ref header, "nPublic");
        int domainSize = ReadCount(ref header, "domainSize");
        if (nVars < 1 || nPublic >= nVars) throw new SnarkjsFormatException($"zkey header: nPublic {nPublic} must be below nVars {nVars}");
        if (domainSize < 2 || domainSize > MaxDomainSize || (domainSize & (domainSize - 1)) != 0)
            throw new SnarkjsFormatException($"zkey header: domainSize {domainSize} is not a power of two in [2, 2^27]");
        var alpha1 = ReadG1(ref header);
        var beta1 = ReadG1(ref header);
        var beta2 = ReadG2(ref header);
        var gamma2 = ReadG2(ref header);
        var delta1 = ReadG1(ref header);
        var delta2 = ReadG2(ref header);
        header.EnsureEnd();
        return new ZkeyHeader(nVars, nPublic, domainSize, alpha1, beta1, beta2, gamma2, delta1, delta2);
    }

    private static void ReadPrime(ref SectionReader reader, in UInt256 expected, string name)
    {
        uint n8 = reader.ReadUInt32();
        if (n8 != SectionReader.FieldBytes) throw new SnarkjsFormatException($"zkey header: {name} size {n8} bytes, expected {SectionReader.FieldBytes}");
        var prime = reader.ReadUInt256();
        if (prime != expected) throw new SnarkjsFormatException($"zkey header: {name} is {prime}, not BN254's");
    }

    private static int ReadCount(ref SectionReader reader, string name)
    {
        uint v = reader.ReadUInt32();
        if (v > int.MaxValue) throw new SnarkjsFormatException($"zkey header: {name} {v} is too large");
        return (int)v;
    }

    private static QapCoefficient[] ReadCoefficients(BinaryContainer container, int nVars, int domainSize)
    {
        var section = container.SectionMemory(CoefficientSection);
        uint count = ReadCoefficientCount(section.Span, section.Length);
        var entries = section[4..];
        var result = new QapCoefficient[count];
        // A large circuit has tens of millions of entries: decode them on every core.
        int chunks = (int)((count + CoefficientsPerChunk - 1) / CoefficientsPerChunk);
        ForEachChunk(chunks, chunk =>
        {
            int start = chunk * CoefficientsPerChunk;
            int end = (int)Math.Min(count, (uint)(start + CoefficientsPerChunk));
            DecodeCoefficients(entries.Span.Slice(start * CoefficientBytes, (end - start) * CoefficientBytes), start, result.AsSpan(start, end - start), nVars, domainSize);
        });
        return result;
    }

    private const int CoefficientsPerChunk = 1 << 14;

    /// <summary>The entry count that opens section 4, checked against the section's length.</summary>
    internal static uint ReadCoefficientCount(ReadOnlySpan<byte> start, long sectionLength)
    {
        var header = new SectionReader(start[..Math.Min(4, start.Length)], "zkey coefficients");
        uint count = header.ReadUInt32();
        if ((ulong)count * CoefficientBytes != (ulong)(sectionLength - 4))
            throw new SnarkjsFormatException($"zkey coefficients: {sectionLength - 4} bytes for {count} entries");
        if (count > Array.MaxLength) throw new SnarkjsFormatException($"zkey coefficients: {count} entries are more than an array holds");
        return count;
    }

    /// <summary>Decodes and checks whole entries into destination; entries holds exactly destination.Length of them.</summary>
    internal static void DecodeCoefficients(ReadOnlySpan<byte> entries, int firstIndex, Span<QapCoefficient> destination, int nVars, int domainSize)
    {
        // Circuits use few distinct coefficients (±1, powers of two, a few constants), so a
        // small cache of converted values saves most of the Montgomery products. Its empty
        // slots hold 0, which converts to 0.
        Span<UInt256> stored = stackalloc UInt256[ConversionCacheSize];
        Span<Fr> converted = stackalloc Fr[ConversionCacheSize];
        for (int i = 0; i < destination.Length; i++)
        {
            var entry = entries.Slice(i * CoefficientBytes, CoefficientBytes);
            uint matrix = BinaryPrimitives.ReadUInt32LittleEndian(entry);
            uint constraint = BinaryPrimitives.ReadUInt32LittleEndian(entry[4..]);
            uint signal = BinaryPrimitives.ReadUInt32LittleEndian(entry[8..]);
            var raw = UInt256.ReadLittleEndian(entry[12..]);
            int index = firstIndex + i;
            if (matrix > 1) throw new SnarkjsFormatException($"zkey coefficients: entry {index} names matrix {matrix} (only 0 = A, 1 = B exist)");
            if (constraint >= (uint)domainSize) throw new SnarkjsFormatException($"zkey coefficients: entry {index} on constraint {constraint} outside the domain of {domainSize}");
            if (signal >= (uint)nVars) throw new SnarkjsFormatException($"zkey coefficients: entry {index} on signal {signal} of {nVars}");
            if (raw >= Fr.Modulus) throw new SnarkjsFormatException($"zkey coefficients: entry {index} value is not below r");
            int slot = (int)raw.L0 & (ConversionCacheSize - 1);
            if (stored[slot] != raw)
            {
                stored[slot] = raw;
                converted[slot] = new Fr(raw.L0, raw.L1, raw.L2, raw.L3) * MontgomeryOne;
            }
            destination[i] = new QapCoefficient((QapMatrix)matrix, (int)constraint, (int)signal, converted[slot]);
        }
    }

    private const int ConversionCacheSize = 256;

    /// <summary>Runs the chunks on every core; a format error in any of them is rethrown as itself.</summary>
    private static void ForEachChunk(int chunks, Action<int> body)
    {
        try
        {
            Parallel.For(0, chunks, body);
        }
        catch (AggregateException e) when (e.InnerException is SnarkjsFormatException format)
        {
            throw new SnarkjsFormatException(format.Message);
        }
    }

    // snarkjs stores v·R² mod r (R = 2^256) and our Montgomery limbs hold v·R = stored·R⁻¹: one
    // Montgomery product of the stored limbs with 1 converts it.
    private static readonly Fr MontgomeryOne = new(1, 0, 0, 0);

    private static ProvingKey CreateKey(in ZkeyHeader header, G1Affine[] ic, QapCoefficient[] coefficients,
        G1Affine[] a, G1Affine[] b1, G2Affine[] b2, G1Affine[] c, G1Affine[] h, Phase2Transcript? phase2) =>
        new(header.VariableCount, header.PublicCount, header.DomainSize, header.Alpha1, header.Beta1, header.Beta2, header.Gamma2,
            header.Delta1, header.Delta2, ic, coefficients, a, b1, b2, c, h, phase2, coefficientsChecked: true);

    private static Phase2Transcript ReadContributions(ReadOnlySpan<byte> section)
    {
        var reader = new SectionReader(section, "zkey contributions");
        var circuitHash = reader.ReadBytes(Blake2b.HashBytes).ToArray();
        uint count = reader.ReadUInt32();
        // A record is at least 392 bytes, so a lying count cannot make us allocate much.
        if ((ulong)count * MinContributionBytes > (ulong)reader.Remaining) throw new SnarkjsFormatException($"zkey contributions: truncated ({count} declared)");
        var contributions = new Phase2Contribution[count];
        for (int i = 0; i < contributions.Length; i++) contributions[i] = ReadContribution(ref reader, i);
        reader.EnsureEnd();
        return new Phase2Transcript(circuitHash, contributions);
    }

    private static Phase2Contribution ReadContribution(ref SectionReader reader, int index)
    {
        var deltaAfter = ReadG1(ref reader);
        var g1S = ReadG1(ref reader);
        var g1SX = ReadG1(ref reader);
        var g2SPX = ReadG2(ref reader);
        var transcript = reader.ReadBytes(Blake2b.HashBytes).ToArray();
        uint type = reader.ReadUInt32();
        if (type > (uint)Phase2ContributionType.Beacon) throw new SnarkjsFormatException($"zkey contribution {index}: unknown type {type}");
        uint paramLength = reader.ReadUInt32();
        if (paramLength > reader.Remaining) throw new SnarkjsFormatException($"zkey contribution {index}: parameters truncated");
        var parameters = new SectionReader(reader.ReadBytes((int)paramLength), $"zkey contribution {index} parameters");
        string? name = null;
        byte? iterations = null;
        byte[]? beaconHash = null;
        int lastTag = 0;
        while (parameters.Remaining > 0)
        {
            // snarkjs writes the tags in increasing order and refuses anything else.
            int tag = parameters.ReadByte();
            if (tag <= lastTag) throw new SnarkjsFormatException($"zkey contribution {index}: parameters out of order");
            lastTag = tag;
            switch (tag)
            {
                case NameParameter:
                    name = DecodeName(parameters.ReadBytes(parameters.ReadByte()), index);
                    break;
                case IterationsParameter:
                    iterations = (byte)parameters.ReadByte();
                    break;
                case BeaconHashParameter:
                    beaconHash = parameters.ReadBytes(parameters.ReadByte()).ToArray();
                    break;
                default:
                    throw new SnarkjsFormatException($"zkey contribution {index}: unknown parameter {tag}");
            }
        }
        return new Phase2Contribution(deltaAfter, g1S, g1SX, g2SPX, transcript, (Phase2ContributionType)type, name, iterations, beaconHash);
    }

    private static string DecodeName(ReadOnlySpan<byte> bytes, int index)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new SnarkjsFormatException($"zkey contribution {index}: name is not UTF-8 ({e.Message})");
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static G1Affine[] ReadG1Array(BinaryContainer container, uint section, string name, int count) =>
        ReadPointArray(container.SectionMemory(section), name, count, G1Bytes, static (ref SectionReader r) => ReadG1(ref r));

    private static G2Affine[] ReadG2Array(BinaryContainer container, uint section, string name, int count) =>
        ReadPointArray(container.SectionMemory(section), name, count, G2Bytes, static (ref SectionReader r) => ReadG2(ref r));

    private delegate T PointReader<T>(ref SectionReader reader);

    // Chunks of points decoded and curve-checked on every core: the check is most of the
    // cost of loading a large key, and the points are independent.
    private const int PointsPerChunk = 4096;

    private static T[] ReadPointArray<T>(ReadOnlyMemory<byte> data, string name, int count, int pointBytes, PointReader<T> read)
    {
        if ((long)count * pointBytes != data.Length) throw new SnarkjsFormatException($"{name}: {data.Length} bytes for {count} points");
        var result = new T[count];
        int chunks = (count + PointsPerChunk - 1) / PointsPerChunk;
        ForEachChunk(chunks, chunk =>
        {
            int start = chunk * PointsPerChunk;
            int end = Math.Min(count, start + PointsPerChunk);
            var reader = new SectionReader(data.Span.Slice(start * pointBytes, (end - start) * pointBytes), name);
            for (int i = start; i < end; i++) result[i] = read(ref reader);
        });
        return result;
    }

    private static G1Affine ReadG1(ref SectionReader reader)
    {
        var x = reader.ReadUInt256();
        var y = reader.ReadUInt256();
        if (x.IsZero && y.IsZero) return G1Affine.Infinity;
        var p = new G1Affine(Coordinate(x), Coordinate(y));
        if (!p.IsOnCurve) throw new SnarkjsFormatException($"zkey: G1 point {p} is not on the curve");
        return p;
    }

    private static G2Affine ReadG2(ref SectionReader reader)
    {
        var x0 = reader.ReadUInt256();
        var x1 = reader.ReadUInt256();
        var y0 = reader.ReadUInt256();
        var y1 = reader.ReadUInt256();
        if (x0.IsZero && x1.IsZero && y0.IsZero && y1.IsZero) return G2Affine.Infinity;
        var p = new G2Affine(new Fp2(Coordinate(x0), Coordinate(x1)), new Fp2(Coordinate(y0), Coordinate(y1)));
        if (!p.IsOnCurve) throw new SnarkjsFormatException($"zkey: G2 point {p} is not on the twist");
        return p;
    }

    private static Fp Coordinate(in UInt256 montgomery) =>
        Fp.TryFromMontgomery(montgomery, out var f) ? f : throw new SnarkjsFormatException("zkey: coordinate is not below q");
}
