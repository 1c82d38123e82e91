using Rollup.Core.Ethereum;
using Rollup.Core.Fields;

namespace Rollup.SettlementClient.Eip712;

/// <summary>
/// The protocol's RegisterKey message as general typed data (what a wallet is asked to sign).
/// Names and type strings come from core's <see cref="RegisterKeyTypedData"/>, whose digest
/// this must reproduce; the tests hold the two to the same bytes.
/// </summary>
public static class RegisterKeyMessage
{
    public const string PrimaryType = "RegisterKey";

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> Types =
        new Dictionary<string, IReadOnlyList<TypedDataField>>
        {
            [PrimaryType] =
            [
                new("account", "address"),
                new("l2PublicKeyX", "uint256"),
                new("l2PublicKeyY", "uint256"),
                new("nonce", "uint64"),
            ],
        };

    public static TypedData Create(ulong chainId, L1Address verifyingContract, L1Address account, in Fr publicKeyX, in Fr publicKeyY, ulong nonce) =>
        new(
            new Eip712Domain
            {
                Name = RegisterKeyTypedData.DomainName,
                Version = RegisterKeyTypedData.DomainVersion,
                ChainId = chainId,
                VerifyingContract = verifyingContract,
            },
            Types,
            PrimaryType,
            new Dictionary<string, object?>
            {
                ["account"] = account,
                ["l2PublicKeyX"] = publicKeyX.ToBigInteger(),
                ["l2PublicKeyY"] = publicKeyY.ToBigInteger(),
                ["nonce"] = nonce,
            });
}
