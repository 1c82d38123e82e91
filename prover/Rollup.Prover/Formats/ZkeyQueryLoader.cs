using System.Runtime.ExceptionServices;
using Rollup.Core.Fields;
using Rollup.Prover.Curves;
using Rollup.Prover.Fields;
using Rollup.Prover.Groth16;
using static Rollup.Prover.Formats.ZkeyLayout;

namespace Rollup.Prover.Formats;

/// <summary>
/// Reads sections 4 to 9 of a .zkey (coefficients and the query points) for
/// <see cref="ZkeyReader.ReadForProving"/>: the sections are cut into pieces of about half a
/// megabyte, and each core reads a piece into a buffer of its own and decodes it into the final
/// array, so the file is copied once and never held whole. Coefficients are checked as strictly
/// as ever; query points only to have canonical coordinates (below q), all zeros meaning infinity.
/// </summary>
internal sealed class ZkeyQueryLoader
{
    private const int CoefficientPart = 0, APart = 1, B1Part = 2, B2Part = 3, CPart = 4, HPart = 5, PartCount = 6;
    private static readonly uint[] Sections = [CoefficientSection, ASection, B1Section, B2Section, CSection, HSection];
    private static readonly string[] Names = ["zkey coefficients", "zkey A", "zkey B1", "zkey B2", "zkey C", "zkey H"];
    private static readonly int[] RecordBytes = [CoefficientBytes, G1Bytes, G1Bytes, G2Bytes, G1Bytes, G1Bytes];

    // Large enough that a read costs little per byte, small enough to stay in a core's cache
    // while it is decoded, and to give both cores many pieces to share.
    private const int PieceBytes = 1 << 19;

    private readonly ContainerFile _file;
    private readonly int _variableCount;
    private readonly int _domainSize;
    private readonly int[] _counts;
    private readonly int[] _firstPiece = new int[PartCount + 1];

    public ZkeyQueryLoader(ContainerFile file, int variableCount, int publicCount, int domainSize, int coefficientCount)
    {
        _file = file;
        _variableCount = variableCount;
        _domainSize = domainSize;
        _counts = [coefficientCount, variableCount, variableCount, variableCount, variableCount - publicCount - 1, domainSize];
        for (int k = 0; k < PartCount; k++)
        {
            long expected = (long)_counts[k] * RecordBytes[k] + (k == CoefficientPart ? 4 : 0);
            long actual = file.SectionLength(Sections[k]);
            // The coefficient count was checked against its section already.
            if (actual != expected) throw new SnarkjsFormatException($"{Names[k]}: {actual} bytes for {_counts[k]} records");
            _firstPiece[k + 1] = _firstPiece[k] + (int)(((long)_counts[k] + PerPiece(k) - 1) / PerPiece(k));
        }
        // Every element is written by exactly one piece before the arrays are handed out.
        Coefficients = GC.AllocateUninitializedArray<QapCoefficient>(coefficientCount);
        A = GC.AllocateUninitializedArray<G1Affine>(_counts[APart]);
        B1 = GC.AllocateUninitializedArray<G1Affine>(_counts[B1Part]);
        B2 = GC.AllocateUninitializedArray<G2Affine>(_counts[B2Part]);
        C = GC.AllocateUninitializedArray<G1Affine>(_counts[CPart]);
        H = GC.AllocateUninitializedArray<G1Affine>(_counts[HPart]);
    }

    public QapCoefficient[] Coefficients { get; }
    public G1Affine[] A { get; }
    public G1Affine[] B1 { get; }
    public G2Affine[] B2 { get; }
    public G1Affine[] C { get; }
    public G1Affine[] H { get; }

    public void Run()
    {
        try
        {
            Parallel.For(0, _firstPiece[PartCount], static () => new byte[PieceBytes], (piece, _, buffer) =>
            {
                Load(piece, buffer);
                return buffer;
            }, static _ => { });
        }
        catch (AggregateException e) when (e.InnerException is SnarkjsFormatException or IOException)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
        }
    }

    private static int PerPiece(int section) => PieceBytes / RecordBytes[section];

    private void Load(int piece, byte[] buffer)
    {
        int k = 0;
        while (piece >= _firstPiece[k + 1]) k++;
        int first = (piece - _firstPiece[k]) * PerPiece(k);
        int count = Math.Min(PerPiece(k), _counts[k] - first);
        var bytes = buffer.AsSpan(0, count * RecordBytes[k]);
        _file.Read(Sections[k], (long)first * RecordBytes[k] + (k == CoefficientPart ? 4 : 0), bytes);
        switch (k)
        {
            case CoefficientPart:
                ZkeyReader.DecodeCoefficients(bytes, first, Coefficients.AsSpan(first, count), _variableCount, _domainSize);
                break;
            case B2Part:
                DecodeG2(bytes, B2.AsSpan(first, count), Names[k], first);
                break;
            default:
                DecodeG1(bytes, Target(k).AsSpan(first, count), Names[k], first);
                break;
        }
    }

    private G1Affine[] Target(int section) => section switch
    {
        APart => A,
        B1Part => B1,
        CPart => C,
        _ => H,
    };

    private static void DecodeG1(ReadOnlySpan<byte> bytes, Span<G1Affine> destination, string name, int first)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            var record = bytes.Slice(i * G1Bytes, G1Bytes);
            var x = UInt256.ReadLittleEndian(record);
            var y = UInt256.ReadLittleEndian(record[32..]);
            destination[i] = x.IsZero && y.IsZero
                ? G1Affine.Infinity
                : new G1Affine(Coordinate(x, name, first + i), Coordinate(y, name, first + i));
        }
    }

    private static void DecodeG2(ReadOnlySpan<byte> bytes, Span<G2Affine> destination, string name, int first)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            var record = bytes.Slice(i * G2Bytes, G2Bytes);
            var x0 = UInt256.ReadLittleEndian(record);
            var x1 = UInt256.ReadLittleEndian(record[32..]);
            var y0 = UInt256.ReadLittleEndian(record[64..]);
            var y1 = UInt256.ReadLittleEndian(record[96..]);
            int index = first + i;
            destination[i] = x0.IsZero && x1.IsZero && y0.IsZero && y1.IsZero
                ? G2Affine.Infinity
                : new G2Affine(new Fp2(Coordinate(x0, name, index), Coordinate(x1, name, index)), new Fp2(Coordinate(y0, name, index), Coordinate(y1, name, index)));
        }
    }

    private static Fp Coordinate(in UInt256 montgomery, string name, int index) =>
        Fp.TryFromMontgomery(montgomery, out var f) ? f : throw new SnarkjsFormatException($"{name}: point {index} has a coordinate not below q");
}
