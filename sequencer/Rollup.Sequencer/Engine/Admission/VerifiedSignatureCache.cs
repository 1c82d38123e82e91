using System.Security.Cryptography;
using Rollup.Core.Execution;
using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Sequencer.Engine.Admission;

/// <summary>
/// The (message, signature, key) triples admission verified on the callers' threads, so core's
/// state transition on the single writer does not verify them again (about 90 µs each, two per
/// trade). Only verified triples go in; a key change misses naturally since the key is part of the
/// entry. Bounded: the oldest entries leave first, and a miss only costs a verification.
/// Entries are 32-byte digests in arrays (an open-addressed table and a ring in insertion order)
/// rather than dictionary nodes: a node per order was one more object per order for the collector
/// to promote, and a growing concurrent dictionary re-creates all its nodes at each resize.
/// </summary>
internal sealed class VerifiedSignatureCache : IVerifiedSignatures
{
    private const int InitialTable = 1 << 12;

    private readonly Lock _gate = new();
    private readonly int _capacity;
    // Linear probing over a power-of-two table kept at most half full; the all-zero digest marks an
    // empty slot (a real digest of zero is stored as another value, see Digest.Of).
    private Digest[] _table = new Digest[InitialTable];
    // Insertion order: grows until it holds the capacity, then wraps, the oldest at _oldest.
    private Digest[] _ring = new Digest[InitialTable / 2];
    private int _oldest;
    private int _count;

    public VerifiedSignatureCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public int Count
    {
        get
        {
            lock (_gate) return _count;
        }
    }

    public void Record(in Fr message, in Signature signature, in Fr keyX, in Fr keyY)
    {
        var digest = Digest.Of(message, signature, keyX, keyY);
        lock (_gate)
        {
            if (Find(digest) >= 0) return;
            if (_count == _capacity)
            {
                Delete(_ring[_oldest]);
                _ring[_oldest] = digest;
                _oldest = (_oldest + 1) % _capacity;
                _count--;
            }
            else
            {
                if (_count == _ring.Length) Array.Resize(ref _ring, Math.Min(_capacity, 2 * _ring.Length));
                _ring[_count] = digest;
            }
            if (2 * (_count + 1) > _table.Length) Rehash(2 * _table.Length);
            Insert(_table, digest);
            _count++;
        }
    }

    public bool Contains(in Fr message, in Signature signature, in Fr keyX, in Fr keyY)
    {
        var digest = Digest.Of(message, signature, keyX, keyY);
        lock (_gate) return Find(digest) >= 0;
    }

    private int Find(in Digest digest)
    {
        int mask = _table.Length - 1;
        for (int i = digest.Slot(mask); ; i = (i + 1) & mask)
        {
            if (_table[i].IsEmpty) return -1;
            if (_table[i] == digest) return i;
        }
    }

    private static void Insert(Digest[] table, in Digest digest)
    {
        int mask = table.Length - 1;
        int i = digest.Slot(mask);
        while (!table[i].IsEmpty) i = (i + 1) & mask;
        table[i] = digest;
    }

    /// <summary>Removes by backward shift, so probing needs no tombstones.</summary>
    private void Delete(in Digest digest)
    {
        int hole = Find(digest);
        if (hole < 0) return;
        int mask = _table.Length - 1;
        int i = hole;
        while (true)
        {
            i = (i + 1) & mask;
            if (_table[i].IsEmpty) break;
            int home = _table[i].Slot(mask);
            // Move the entry into the hole when its home is not cyclically within (hole, i].
            bool stays = hole <= i ? home > hole && home <= i : home > hole || home <= i;
            if (stays) continue;
            _table[hole] = _table[i];
            hole = i;
        }
        _table[hole] = default;
    }

    private void Rehash(int size)
    {
        var table = new Digest[size];
        foreach (var d in _table)
            if (!d.IsEmpty) Insert(table, d);
        _table = table;
    }

    /// <summary>SHA-256 of the triple: a fixed 32-byte key instead of six field elements per entry.</summary>
    private readonly record struct Digest(ulong A, ulong B, ulong C, ulong D)
    {
        public bool IsEmpty => (A | B | C | D) == 0;

        public int Slot(int mask) => (int)(A & (ulong)mask);

        public static Digest Of(in Fr message, in Signature signature, in Fr keyX, in Fr keyY)
        {
            Span<byte> input = stackalloc byte[6 * 32];
            message.WriteBigEndian(input[..32]);
            signature.R8.X.WriteBigEndian(input.Slice(32, 32));
            signature.R8.Y.WriteBigEndian(input.Slice(64, 32));
            signature.S.WriteBigEndian(input.Slice(96, 32));
            keyX.WriteBigEndian(input.Slice(128, 32));
            keyY.WriteBigEndian(input.Slice(160, 32));
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(input, hash);
            var digest = new Digest(
                BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash.Slice(8, 8)),
                BitConverter.ToUInt64(hash.Slice(16, 8)), BitConverter.ToUInt64(hash.Slice(24, 8)));
            // All zeros marks an empty slot; a triple hashing to it (never seen in practice) is stored as one.
            return digest.IsEmpty ? new Digest(1, 0, 0, 0) : digest;
        }
    }
}
