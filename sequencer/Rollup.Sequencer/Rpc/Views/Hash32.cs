namespace Rollup.Sequencer.Rpc.Views;

/// <summary>A 32-byte hash (an L1 transaction hash, an operation hash), written as 0x-prefixed lower-case hex.</summary>
public readonly struct Hash32 : IEquatable<Hash32>
{
    public const int Size = 32;

    private readonly byte[]? _bytes;

    public Hash32(ReadOnlySpan<byte> bytes32)
    {
        if (bytes32.Length != Size) throw new ArgumentException($"a hash is {Size} bytes, got {bytes32.Length}", nameof(bytes32));
        _bytes = bytes32.ToArray();
    }

    public ReadOnlySpan<byte> Bytes => _bytes ?? new byte[Size];

    public static bool TryParse(string? text, out Hash32 hash)
    {
        hash = default;
        if (text is null || text.Length != 2 + 2 * Size || !text.StartsWith("0x", StringComparison.Ordinal)) return false;
        try
        {
            hash = new Hash32(Convert.FromHexString(text.AsSpan(2)));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public bool Equals(Hash32 other) => Bytes.SequenceEqual(other.Bytes);
    public override bool Equals(object? obj) => obj is Hash32 h && Equals(h);
    public override int GetHashCode() => BitConverter.ToInt32(Bytes[..4]);
    public static bool operator ==(Hash32 a, Hash32 b) => a.Equals(b);
    public static bool operator !=(Hash32 a, Hash32 b) => !a.Equals(b);
    public override string ToString() => "0x" + Convert.ToHexStringLower(Bytes);
}
