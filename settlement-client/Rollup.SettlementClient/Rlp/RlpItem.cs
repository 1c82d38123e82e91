namespace Rollup.SettlementClient.Rlp;

/// <summary>A decoded RLP item: either a byte string or a list of items.</summary>
public sealed class RlpItem
{
    private readonly byte[]? _bytes;
    private readonly IReadOnlyList<RlpItem>? _items;

    private RlpItem(byte[]? bytes, IReadOnlyList<RlpItem>? items)
    {
        _bytes = bytes;
        _items = items;
    }

    public static RlpItem FromBytes(byte[] bytes) => new(bytes ?? throw new ArgumentNullException(nameof(bytes)), null);

    public static RlpItem FromList(IReadOnlyList<RlpItem> items) => new(null, items ?? throw new ArgumentNullException(nameof(items)));

    public bool IsList => _items is not null;

    public byte[] Bytes => _bytes ?? throw new RlpException("expected an RLP byte string, found a list");

    public IReadOnlyList<RlpItem> Items => _items ?? throw new RlpException("expected an RLP list, found a byte string");
}
