using LiteDB;
using Rollup.Sequencer.Engine;

namespace Rollup.Sequencer.Storage;

public sealed partial class LiteDbOperationLog
{
    private const int ReadChunksPerQuery = 64;

    /// <summary>
    /// The durable entries after <paramref name="afterSequence"/>, in order, up to the durable
    /// sequence at the time of the call. Chunks are fetched a page at a time so no LiteDB cursor
    /// stays open while the caller processes entries.
    /// </summary>
    public IEnumerable<OperationLogEntry> Read(long afterSequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        return ReadDurable(afterSequence, DurableSequence);
    }

    private IEnumerable<OperationLogEntry> ReadDurable(long afterSequence, long limit)
    {
        long next = afterSequence + 1;
        while (next <= limit)
        {
            // A chunk's _id is its last sequence, so the first chunk with _id >= next holds next.
            var chunks = _chunks.Query()
                .Where(Query.GTE("_id", next))
                .OrderBy("_id")
                .Limit(ReadChunksPerQuery)
                .ToList();
            if (chunks.Count == 0)
                throw new SequencerStorageException($"operation log has no entry {next} although {limit} is durable; the log is corrupt");
            foreach (var chunk in chunks)
            {
                var (first, count, _) = ChunkBounds(chunk);
                if (first > next)
                    throw new SequencerStorageException($"operation log has a gap: entry {next} is missing, the next chunk starts at {first}");
                foreach (var entry in LogChunkCodec.Decode(chunk["data"].AsBinary, first, count))
                {
                    if (entry.Sequence < next) continue;
                    if (entry.Sequence > limit) yield break;
                    yield return entry;
                    next++;
                }
            }
        }
    }
}
