using System.Numerics;
using Rollup.SettlementClient.Abi;
using Rollup.SettlementClient.Primitives;

namespace Rollup.SettlementClient.Rpc;

/// <summary>
/// The data of an execution revert: Solidity's Error(string), Panic(uint256), or a custom error
/// whose selector and raw bytes are kept for the caller's ABI to decode.
/// </summary>
public sealed record RevertReason(byte[] Data, string? Message, BigInteger? PanicCode)
{
    private static readonly byte[] ErrorSelector = AbiFunction.Parse("Error(string)").Selector;
    private static readonly byte[] PanicSelector = AbiFunction.Parse("Panic(uint256)").Selector;

    /// <summary>The first four bytes, or null when the revert carried no selector (e.g. a bare revert()).</summary>
    public byte[]? Selector => Data.Length >= 4 ? Data[..4] : null;

    public static RevertReason Decode(byte[] data)
    {
        if (data.Length >= 4)
        {
            var body = data.AsSpan(4);
            try
            {
                if (data.AsSpan(0, 4).SequenceEqual(ErrorSelector))
                    return new RevertReason(data, (string)AbiDecoder.Decode(["string"], body)[0]!, null);
                if (data.AsSpan(0, 4).SequenceEqual(PanicSelector))
                    return new RevertReason(data, null, (BigInteger)AbiDecoder.Decode(["uint256"], body)[0]!);
            }
            catch (AbiException)
            {
                // A standard selector over malformed data: kept raw, as a custom error would be.
            }
        }
        return new RevertReason(data, null, null);
    }

    public override string ToString() =>
        Message is not null ? $"reverted: {Message}"
        : PanicCode is { } panic ? $"panic 0x{panic:x2}"
        : Data.Length == 0 ? "reverted without data"
        : "reverted with custom error " + Hex.Encode(Data);
}
