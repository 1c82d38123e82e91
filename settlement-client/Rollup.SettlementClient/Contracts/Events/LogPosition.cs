namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>Where a log was emitted: the block (number and hash), the transaction and the log's index in the block.</summary>
public sealed record LogPosition(ulong BlockNumber, byte[] BlockHash, byte[] TransactionHash, ulong LogIndex)
{
    public override string ToString() =>
        $"block {BlockNumber} ({Primitives.Hex.Encode(BlockHash)}), transaction {Primitives.Hex.Encode(TransactionHash)}, log {LogIndex}";
}
