using System.Numerics;
using Rollup.SettlementClient.Eip712;

namespace Rollup.Sequencer.Receipts;

/// <summary>
/// The receipt's canonical, versioned encoding: EIP-712 typed data
/// <c>Receipt(uint64 sequence,bytes32 operationHash,uint64 acceptedAt)</c> in the domain
/// (name "OptionsRollupSequencer", version "1", chainId, verifyingContract = the settlement
/// contract). A wallet or ethers' verifyTypedData can check it with no sequencer code.
/// </summary>
public static class ReceiptTypedData
{
    public const string DomainName = "OptionsRollupSequencer";
    public const string PrimaryType = "Receipt";

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> Types =
        new Dictionary<string, IReadOnlyList<TypedDataField>>
        {
            [PrimaryType] =
            [
                new("sequence", "uint64"),
                new("operationHash", "bytes32"),
                new("acceptedAt", "uint64"),
            ],
        };

    public static TypedData Create(Receipt receipt)
    {
        if (receipt.Sequence < 1) throw new ArgumentException("a receipt's sequence starts at 1", nameof(receipt));
        if (receipt.AcceptedAtMs < 0) throw new ArgumentException("a receipt's time is not negative", nameof(receipt));
        return new TypedData(
            new Eip712Domain
            {
                Name = DomainName,
                Version = receipt.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ChainId = receipt.ChainId,
                VerifyingContract = receipt.Contract,
            },
            Types,
            PrimaryType,
            new Dictionary<string, object?>
            {
                ["sequence"] = new BigInteger(receipt.Sequence),
                ["operationHash"] = receipt.OperationHash.Bytes.ToArray(),
                ["acceptedAt"] = new BigInteger(receipt.AcceptedAtMs),
            });
    }

    public static byte[] Digest(Receipt receipt) => TypedDataEncoder.GetDigest(Create(receipt));
}
