using System.Buffers.Binary;
using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.Core.Hashing;
using Rollup.Sequencer.Rpc.Views;
using Rollup.SettlementClient.Eip712;

namespace Rollup.Sequencer.Receipts;

/// <summary>
/// The receipts' canonical, versioned encoding as EIP-712 typed data. Each receipt is the struct
/// <c>Receipt(uint64 sequence,bytes32 operationHash,uint64 acceptedAt)</c>; its hashStruct is a
/// leaf of a receipt tree (<see cref="ReceiptTree"/>). The sequencer signs the struct
/// <c>ReceiptBatch(bytes32 receiptsRoot,uint32 size)</c> in the domain (name
/// "OptionsRollupSequencer", version "1", chainId, verifyingContract = the settlement contract),
/// so one signature covers every receipt of a group. ethers' TypedDataEncoder.hashStruct and
/// verifyTypedData check both with no sequencer code.
/// </summary>
public static class ReceiptTypedData
{
    public const string DomainName = "OptionsRollupSequencer";
    public const string ReceiptType = "Receipt";
    public const string BatchType = "ReceiptBatch";

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> ReceiptTypes =
        new Dictionary<string, IReadOnlyList<TypedDataField>>
        {
            [ReceiptType] =
            [
                new("sequence", "uint64"),
                new("operationHash", "bytes32"),
                new("acceptedAt", "uint64"),
            ],
        };

    // The leaf's field order below follows this declaration.
    private static readonly byte[] ReceiptTypeHash = TypedDataEncoder.TypeHash(ReceiptTypes, ReceiptType);

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> BatchTypes =
        new Dictionary<string, IReadOnlyList<TypedDataField>>
        {
            [BatchType] =
            [
                new("receiptsRoot", "bytes32"),
                new("size", "uint32"),
            ],
        };

    /// <summary>
    /// hashStruct(Receipt): the receipt's leaf, keccak256(typeHash ‖ uint64 sequence ‖ operationHash ‖
    /// uint64 acceptedAt), each word 32 bytes. Written out here rather than through the generic
    /// encoder because every accepted write hashes one (the generic path builds dictionaries and
    /// big integers and hashes the type string each time). The tests hold it to the generic encoder
    /// and to ethers.
    /// </summary>
    public static Hash32 Leaf(Receipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        if (receipt.Sequence < 1) throw new ArgumentException("a receipt's sequence starts at 1", nameof(receipt));
        if (receipt.AcceptedAtMs < 0) throw new ArgumentException("a receipt's time is not negative", nameof(receipt));
        Span<byte> encoded = stackalloc byte[4 * 32];
        encoded.Clear();
        ReceiptTypeHash.CopyTo(encoded);
        BinaryPrimitives.WriteUInt64BigEndian(encoded.Slice(32 + 24, 8), (ulong)receipt.Sequence);
        receipt.OperationHash.Bytes.CopyTo(encoded.Slice(64, 32));
        BinaryPrimitives.WriteUInt64BigEndian(encoded.Slice(96 + 24, 8), (ulong)receipt.AcceptedAtMs);
        Span<byte> leaf = stackalloc byte[32];
        Keccak256.Hash(encoded, leaf);
        return new Hash32(leaf);
    }

    /// <summary>The typed data the sequencer signs for a group of <paramref name="size"/> receipts with this root.</summary>
    public static TypedData Batch(ulong chainId, L1Address contract, Hash32 receiptsRoot, int size) =>
        new(
            new Eip712Domain
            {
                Name = DomainName,
                Version = Receipt.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ChainId = chainId,
                VerifyingContract = contract,
            },
            BatchTypes,
            BatchType,
            new Dictionary<string, object?>
            {
                ["receiptsRoot"] = receiptsRoot.Bytes.ToArray(),
                ["size"] = new BigInteger(size),
            });

    public static byte[] BatchDigest(ulong chainId, L1Address contract, Hash32 receiptsRoot, int size) =>
        TypedDataEncoder.GetDigest(Batch(chainId, contract, receiptsRoot, size));
}
