namespace Rollup.SettlementClient.Sync;

/// <summary>
/// A block the synchronizer has processed, by number and hash, with the cursor after it. The last
/// one is the checkpoint a consumer stores to resume (<see cref="L1Synchronizer"/>'s constructor).
/// </summary>
public sealed record ProcessedBlock(ulong Number, byte[] Hash, SyncCursor Cursor);
