using Rollup.Core.Ethereum;

namespace Rollup.SettlementClient.Devnet;

/// <summary>A funded development account of a local node; its key is public knowledge (anvil's default mnemonic).</summary>
public sealed record DevAccount(L1Address Address, string PrivateKeyHex);
