using Rollup.SettlementClient.Abi;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>
/// The batch functions whose calldata the synchronizer reads back (OptionsRollup.commitBatch and
/// proveBatch; struct BatchHeader and Groth16Proof as tuples). A test holds the selectors equal
/// to the Hardhat artifact's ABI.
/// </summary>
public static class RollupCallAbi
{
    public const string CommitBatchSignature = "commitBatch((uint64,uint64,uint64,uint256,uint256),bytes,uint256[])";
    public const string ProveBatchSignature = "proveBatch(uint64,(uint256[2],uint256[2][2],uint256[2]))";

    public static readonly AbiFunction CommitBatch = AbiFunction.Parse(CommitBatchSignature);
    public static readonly AbiFunction ProveBatch = AbiFunction.Parse(ProveBatchSignature);
}
