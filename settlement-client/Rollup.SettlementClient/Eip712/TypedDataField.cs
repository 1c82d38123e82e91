namespace Rollup.SettlementClient.Eip712;

/// <summary>One member of an EIP-712 struct type, e.g. (account, address).</summary>
public sealed record TypedDataField(string Name, string Type);
