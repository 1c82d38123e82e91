using System.Text;

namespace Rollup.SettlementClient.Abi;

/// <summary>
/// A parsed Solidity ABI type. <see cref="Size"/> is the bit width of uintN/intN or the byte
/// count of bytesN; arrays have an <see cref="Element"/> and a fixed <see cref="Length"/> or
/// null when dynamic; tuples have <see cref="Components"/>.
/// </summary>
public sealed class AbiType
{
    private AbiType(AbiTypeKind kind, int size = 0, AbiType? element = null, int? length = null, IReadOnlyList<AbiType>? components = null)
    {
        Kind = kind;
        Size = size;
        Element = element;
        Length = length;
        Components = components ?? [];
        CanonicalName = BuildName();
        IsDynamic = kind switch
        {
            AbiTypeKind.Bytes or AbiTypeKind.String => true,
            AbiTypeKind.Array => length is null || element!.IsDynamic,
            AbiTypeKind.Tuple => AnyDynamic(Components),
            _ => false,
        };
        HeadSize = IsDynamic ? 32 : kind switch
        {
            AbiTypeKind.Array => length!.Value * element!.HeadSize,
            AbiTypeKind.Tuple => SumHeads(Components),
            _ => 32,
        };
    }

    public AbiTypeKind Kind { get; }
    public int Size { get; }
    public AbiType? Element { get; }
    public int? Length { get; }
    public IReadOnlyList<AbiType> Components { get; }

    /// <summary>The canonical name used in signatures, e.g. uint256, (uint64,bytes32,bytes)[].</summary>
    public string CanonicalName { get; }

    public bool IsDynamic { get; }

    /// <summary>Bytes the type occupies in the head of an enclosing tuple.</summary>
    public int HeadSize { get; }

    public static AbiType UInt(int bits) => new(AbiTypeKind.UInt, CheckBits(bits));
    public static AbiType Int(int bits) => new(AbiTypeKind.Int, CheckBits(bits));
    public static readonly AbiType Address = new(AbiTypeKind.Address);
    public static readonly AbiType Bool = new(AbiTypeKind.Bool);
    public static readonly AbiType Bytes = new(AbiTypeKind.Bytes);
    public static readonly AbiType String = new(AbiTypeKind.String);

    public static AbiType FixedBytes(int size) =>
        size is >= 1 and <= 32 ? new(AbiTypeKind.FixedBytes, size) : throw new AbiException($"bytes{size}: size must be 1..32");

    public static AbiType Array(AbiType element, int? length = null) =>
        length is < 0 ? throw new AbiException("array length cannot be negative") : new(AbiTypeKind.Array, 0, element, length);

    public static AbiType Tuple(IReadOnlyList<AbiType> components) => new(AbiTypeKind.Tuple, components: components);

    public static AbiType Parse(string type) => AbiTypeParser.Parse(type);

    public override string ToString() => CanonicalName;

    private static int CheckBits(int bits) =>
        bits is >= 8 and <= 256 && bits % 8 == 0 ? bits : throw new AbiException($"integer width {bits} must be a multiple of 8 in 8..256");

    private static bool AnyDynamic(IReadOnlyList<AbiType> types)
    {
        foreach (var t in types) if (t.IsDynamic) return true;
        return false;
    }

    private static int SumHeads(IReadOnlyList<AbiType> types)
    {
        int sum = 0;
        foreach (var t in types) sum += t.HeadSize;
        return sum;
    }

    private string BuildName() => Kind switch
    {
        AbiTypeKind.UInt => "uint" + Size,
        AbiTypeKind.Int => "int" + Size,
        AbiTypeKind.Address => "address",
        AbiTypeKind.Bool => "bool",
        AbiTypeKind.FixedBytes => "bytes" + Size,
        AbiTypeKind.Bytes => "bytes",
        AbiTypeKind.String => "string",
        AbiTypeKind.Array => Element!.CanonicalName + (Length is { } n ? $"[{n}]" : "[]"),
        _ => TupleName(Components),
    };

    private static string TupleName(IReadOnlyList<AbiType> components)
    {
        var sb = new StringBuilder("(");
        for (int i = 0; i < components.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(components[i].CanonicalName);
        }
        return sb.Append(')').ToString();
    }
}
