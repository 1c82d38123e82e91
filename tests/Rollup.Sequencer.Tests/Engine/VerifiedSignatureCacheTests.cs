using Rollup.Core.Fields;
using Rollup.Core.Signatures;
using Rollup.Sequencer.Engine.Admission;

namespace Rollup.Sequencer.Tests.Engine;

public class VerifiedSignatureCacheTests
{
    private static readonly PrivateKey Key = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private static (Fr Message, Signature Signature, Fr X, Fr Y) Triple(ulong m)
    {
        var message = Fr.FromUInt64(m);
        var p = Key.GetPublicKey().Point;
        return (message, Key.Sign(message), p.X, p.Y);
    }

    [Fact]
    public void Recorded_triple_is_found_and_any_changed_part_is_not()
    {
        var cache = new VerifiedSignatureCache(16);
        var (m, s, x, y) = Triple(7);
        cache.Record(m, s, x, y);
        Assert.True(cache.Contains(m, s, x, y));
        Assert.False(cache.Contains(Fr.FromUInt64(8), s, x, y));
        Assert.False(cache.Contains(m, s, y, x));
        Assert.False(cache.Contains(m, Triple(8).Signature, x, y));
    }

    [Fact]
    public void Oldest_entries_leave_first_beyond_the_capacity()
    {
        var cache = new VerifiedSignatureCache(3);
        var triples = Enumerable.Range(1, 5).Select(i => Triple((ulong)i)).ToArray();
        foreach (var (m, s, x, y) in triples) cache.Record(m, s, x, y);
        Assert.Equal(3, cache.Count);
        Assert.False(cache.Contains(triples[0].Message, triples[0].Signature, triples[0].X, triples[0].Y));
        Assert.False(cache.Contains(triples[1].Message, triples[1].Signature, triples[1].X, triples[1].Y));
        Assert.True(cache.Contains(triples[4].Message, triples[4].Signature, triples[4].X, triples[4].Y));
    }

    [Fact]
    public void Concurrent_records_keep_the_count_within_the_capacity_and_equal_to_the_entries_held()
    {
        const int capacity = 500;
        var cache = new VerifiedSignatureCache(capacity);
        var (_, s, x, y) = Triple(1);
        Parallel.For(0, 4, worker =>
        {
            for (ulong i = 0; i < 2_000; i++) cache.Record(Fr.FromUInt64(1_000_000 * (ulong)worker + i), s, x, y);
        });
        Assert.Equal(capacity, cache.Count);
        int present = 0;
        for (int worker = 0; worker < 4; worker++)
            for (ulong i = 0; i < 2_000; i++)
                if (cache.Contains(Fr.FromUInt64(1_000_000 * (ulong)worker + i), s, x, y)) present++;
        Assert.Equal(cache.Count, present);
    }

    [Fact]
    public void After_many_evictions_exactly_the_newest_capacity_entries_are_held()
    {
        // Enough records to grow the table several times and to wrap the eviction ring many times,
        // so deletions shift probe chains over the table's end.
        const int capacity = 3_000;
        var cache = new VerifiedSignatureCache(capacity);
        var (_, s, x, y) = Triple(1);
        const ulong total = 40_000;
        for (ulong i = 0; i < total; i++)
        {
            cache.Record(Fr.FromUInt64(i), s, x, y);
            cache.Record(Fr.FromUInt64(i), s, x, y);
        }
        Assert.Equal(capacity, cache.Count);
        for (ulong i = 0; i < total; i++)
            Assert.True(cache.Contains(Fr.FromUInt64(i), s, x, y) == (i >= total - capacity), $"entry {i}");
    }
}
