using System.Diagnostics;
using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Transactions;

namespace Rollup.SettlementClient.TxManager;

/// <summary>
/// A nonce the manager has signed for and not finished: the intent's fields and every fee variant
/// (oldest first). Mutated only by the one task driving it.
/// </summary>
internal sealed class PendingNonce(ulong nonce, string? label, L1Address? to, byte[] data, BigInteger value, BigInteger gasLimit)
{
    private int _driven;

    public ulong Nonce { get; } = nonce;
    public string? Label { get; } = label;
    public L1Address? To { get; } = to;
    public byte[] Data { get; } = data;
    public BigInteger Value { get; } = value;
    public BigInteger GasLimit { get; } = gasLimit;
    public List<SignedTransaction1559> Variants { get; } = [];

    public SignedTransaction1559 Latest => Variants[^1];

    public long LastBroadcastTimestamp { get; set; } = Stopwatch.GetTimestamp();
    /// <summary>Head when the latest variant was broadcast; null until the first poll sees the chain.</summary>
    public ulong? LastBroadcastHead { get; set; }

    /// <summary>The node refused the latest fees (underpriced): bump without waiting.</summary>
    public bool BumpNow { get; set; }

    /// <summary>Send the latest variant again at the next poll (after a restart or a reorg).</summary>
    public bool RebroadcastNow { get; set; }

    /// <summary>Why no further variant will be signed (the fee cap, or a refusal); null while bumping is possible.</summary>
    public string? BumpingStopped { get; set; }

    /// <summary>Consecutive polls that found the nonce used on chain and none of our variants mined.</summary>
    public int ForeignNonceSightings { get; set; }

    /// <summary>Consecutive polls that saw the node's next nonce below this one with nothing of ours between.</summary>
    public int StrandedSightings { get; set; }

    public IReadOnlyList<byte[]> Hashes => Variants.Select(v => v.GetHash()).ToArray();

    /// <summary>Claims the right to drive this nonce to completion; false when a task already does.</summary>
    public bool TryClaim() => Interlocked.Exchange(ref _driven, 1) == 0;

    public void Release() => Volatile.Write(ref _driven, 0);

    public static PendingNonce FromVariant(string? label, SignedTransaction1559 signed)
    {
        var tx = signed.Transaction;
        return new PendingNonce((ulong)tx.Nonce, label, tx.To, tx.Data, tx.Value, tx.GasLimit);
    }
}
