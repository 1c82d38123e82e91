using System.Numerics;
using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Eip712;

/// <summary>
/// The EIP-712 domain. Only the fields that are set take part in EIP712Domain's type, in the
/// order the standard lists them (name, version, chainId, verifyingContract, salt), as ethers does.
/// </summary>
public sealed record Eip712Domain
{
    public string? Name { get; init; }
    public string? Version { get; init; }
    public BigInteger? ChainId { get; init; }
    public L1Address? VerifyingContract { get; init; }
    public byte[]? Salt { get; init; }

    public const string TypeName = "EIP712Domain";

    public IReadOnlyList<TypedDataField> Fields()
    {
        var fields = new List<TypedDataField>(5);
        if (Name is not null) fields.Add(new("name", "string"));
        if (Version is not null) fields.Add(new("version", "string"));
        if (ChainId is not null) fields.Add(new("chainId", "uint256"));
        if (VerifyingContract is not null) fields.Add(new("verifyingContract", "address"));
        if (Salt is not null) fields.Add(new("salt", "bytes32"));
        return fields;
    }

    public IReadOnlyDictionary<string, object?> Values()
    {
        var values = new Dictionary<string, object?>(5);
        if (Name is not null) values["name"] = Name;
        if (Version is not null) values["version"] = Version;
        if (ChainId is { } chainId) values["chainId"] = chainId;
        if (VerifyingContract is { } contract) values["verifyingContract"] = contract;
        if (Salt is not null) values["salt"] = Salt;
        return values;
    }
}
