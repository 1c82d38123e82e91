namespace Rollup.SettlementClient.Abi;

public sealed record AbiEventParameter(string Name, AbiType Type, bool Indexed);
