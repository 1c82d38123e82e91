using Rollup.Core.Fields;
using Rollup.Sequencer.Storage;

namespace Rollup.Sequencer.Tests.Storage;

public class BatchRecordStoreTests
{
    [Fact]
    public void Batch_status_updates_replace_the_record_and_survive_reopen()
    {
        using var dir = new TempDirectory();
        using (var db = SequencerDatabase.Open(dir.Path))
        {
            var store = new BatchRecordStore(db);
            store.Upsert(Sealed(1));
            store.Upsert(Sealed(2));
            store.Upsert(Sealed(1) with { Status = BatchStatus.Committed, CommitTxHash = "0xabc", CommitL1Block = 42, UpdatedAtMs = 2_000 });
        }
        using var reopened = SequencerDatabase.Open(dir.Path);
        var again = new BatchRecordStore(reopened);
        var first = again.Get(1)!;
        Assert.Equal(BatchStatus.Committed, first.Status);
        Assert.Equal("0xabc", first.CommitTxHash);
        Assert.Equal(42UL, first.CommitL1Block);
        Assert.Equal(Fr.FromUInt64(1001), first.NewRoot);
        Assert.Equal(Digest(1, 0xC0), first.Commitment);
        Assert.Equal(2_000, first.UpdatedAtMs);
        Assert.Equal(1_000, first.SealedAtMs);
        Assert.Equal(2UL, again.Latest()!.Number);
        Assert.Null(again.Get(3));
    }

    [Fact]
    public void Batches_are_queried_by_status_and_by_range_in_number_order()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        var store = new BatchRecordStore(db);
        for (ulong n = 5; n >= 1; n--) store.Upsert(Sealed(n) with { Status = n % 2 == 0 ? BatchStatus.Finalized : BatchStatus.Sealed });

        Assert.Equal([1UL, 3UL, 5UL], store.WithStatus(BatchStatus.Sealed).Select(b => b.Number));
        Assert.Equal([2UL, 4UL], store.WithStatus(BatchStatus.Finalized).Select(b => b.Number));
        Assert.Empty(store.WithStatus(BatchStatus.Reverted));
        Assert.Equal([3UL, 4UL], store.Range(3, 2).Select(b => b.Number));
    }

    [Fact]
    public void Record_with_a_malformed_commitment_is_refused_and_not_stored()
    {
        using var dir = new TempDirectory();
        using var db = SequencerDatabase.Open(dir.Path);
        var store = new BatchRecordStore(db);
        Assert.Throws<ArgumentException>(() => store.Upsert(Sealed(1) with { Commitment = new byte[31] }));
        Assert.Null(store.Get(1));
    }

    private static BatchRecord Sealed(ulong number) => new()
    {
        Number = number,
        NewRoot = Fr.FromUInt64(1000 + number),
        Commitment = Digest(number, 0xC0),
        PubdataHash = Digest(number, 0xD0),
        SealedAtMs = 1_000,
        UpdatedAtMs = 1_000,
    };

    private static byte[] Digest(ulong number, byte tag)
    {
        var digest = new byte[32];
        digest[0] = tag;
        digest[31] = (byte)number;
        return digest;
    }
}
