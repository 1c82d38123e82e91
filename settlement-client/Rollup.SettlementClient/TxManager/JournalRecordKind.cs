namespace Rollup.SettlementClient.TxManager;

public enum JournalRecordKind
{
    /// <summary>A signed variant for the nonce, written before it is broadcast.</summary>
    Signed,

    /// <summary>A variant of the nonce reached the confirmation depth.</summary>
    Finished,

    /// <summary>None of the nonce's variants can land (refused, or the nonce was used by another transaction).</summary>
    Abandoned,
}
