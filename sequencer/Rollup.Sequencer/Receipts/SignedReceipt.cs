using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Receipts;

/// <summary>A receipt with the sequencer's secp256k1 signature over its EIP-712 digest, and the address that signed it.</summary>
public sealed record SignedReceipt(Receipt Receipt, EthECDSASignature Signature, L1Address Sequencer);
