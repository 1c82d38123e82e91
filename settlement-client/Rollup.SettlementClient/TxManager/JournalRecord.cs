namespace Rollup.SettlementClient.TxManager;

/// <summary>
/// One journal line. <see cref="RawTransaction"/> is set for <see cref="JournalRecordKind.Signed"/>,
/// <see cref="TransactionHash"/> and <see cref="BlockNumber"/> for <see cref="JournalRecordKind.Finished"/>.
/// </summary>
public sealed record JournalRecord(
    JournalRecordKind Kind,
    ulong Nonce,
    string? Label = null,
    byte[]? RawTransaction = null,
    byte[]? TransactionHash = null,
    ulong? BlockNumber = null)
{
    public static JournalRecord Signed(ulong nonce, string? label, byte[] raw) => new(JournalRecordKind.Signed, nonce, label, raw);
    public static JournalRecord Finished(ulong nonce, byte[] hash, ulong block) => new(JournalRecordKind.Finished, nonce, TransactionHash: hash, BlockNumber: block);
    public static JournalRecord Abandoned(ulong nonce) => new(JournalRecordKind.Abandoned, nonce);
}
