using System.Collections.Concurrent;
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
/// </summary>
internal sealed class VerifiedSignatureCache(int capacity) : IVerifiedSignatures
{
    private readonly ConcurrentDictionary<Digest, byte> _entries = new();
    private readonly ConcurrentQueue<Digest> _age = new();
    // ConcurrentDictionary.Count takes every lock of the table: on each record that serialised
    // all admission threads (about a tenth of the CPU at load), so the size is counted here.
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Record(in Fr message, in Signature signature, in Fr keyX, in Fr keyY)
    {
        var digest = Digest.Of(message, signature, keyX, keyY);
        if (!_entries.TryAdd(digest, 0)) return;
        _age.Enqueue(digest);
        if (Interlocked.Increment(ref _count) <= capacity) return;
        while (Volatile.Read(ref _count) > capacity && _age.TryDequeue(out var oldest))
            if (_entries.TryRemove(oldest, out _)) Interlocked.Decrement(ref _count);
    }

    public bool Contains(in Fr message, in Signature signature, in Fr keyX, in Fr keyY) =>
        _entries.ContainsKey(Digest.Of(message, signature, keyX, keyY));

    /// <summary>SHA-256 of the triple: a fixed 32-byte key instead of six field elements per entry.</summary>
    private readonly record struct Digest(ulong A, ulong B, ulong C, ulong D)
    {
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
            return new Digest(
                BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash.Slice(8, 8)),
                BitConverter.ToUInt64(hash.Slice(16, 8)), BitConverter.ToUInt64(hash.Slice(24, 8)));
        }
    }
}
