using System.Security.Cryptography;
using Rollup.Core.State;

namespace Rollup.SettlementClient.Verification;

/// <summary>
/// Reads and writes <see cref="VerificationCheckpoint"/> files. Layout: "RVCK", format version
/// (u16), genesis root, last batch (u64), root, last commitment, last proven batch (u64), the
/// state (<see cref="StateSnapshotCodec"/>), then SHA-256 of everything before it. A write goes to
/// a temporary file in the same directory, is flushed to disk and renamed over the target, so a
/// crash leaves either the old checkpoint or the new one, never a torn file.
/// </summary>
public static class CheckpointFile
{
    public const ushort FormatVersion = 1;
    private static ReadOnlySpan<byte> Magic => "RVCK"u8;
    private const long MaxBytes = 4L << 30;

    public static void Write(string path, VerificationCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(checkpoint);
        var bytes = Encode(checkpoint);
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <exception cref="CheckpointException">The file is missing, unreadable, truncated, corrupted or of another format version.</exception>
    public static VerificationCheckpoint Read(string path, GenesisConfig config)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new CheckpointException($"{path}: no such checkpoint file");
            if (info.Length > MaxBytes) throw new CheckpointException($"{path}: {info.Length} bytes is too large for a checkpoint");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CheckpointException($"{path}: cannot read the checkpoint: {e.Message}", e);
        }
        try
        {
            return Decode(bytes, config);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException)
        {
            throw new CheckpointException($"{path}: not a valid checkpoint: {e.Message}", e);
        }
    }

    public static byte[] Encode(VerificationCheckpoint c)
    {
        ArgumentNullException.ThrowIfNull(c);
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            StateSnapshotCodec.WriteField(w, c.GenesisRoot);
            w.Write(c.LastBatch);
            StateSnapshotCodec.WriteField(w, c.Root);
            StateSnapshotCodec.WriteField(w, c.LastCommitment);
            w.Write(c.LastProvenBatch);
            StateSnapshotCodec.Write(w, c.State);
        }
        var body = stream.ToArray();
        var result = new byte[body.Length + 32];
        body.CopyTo(result, 0);
        SHA256.HashData(body, result.AsSpan(body.Length));
        return result;
    }

    public static VerificationCheckpoint Decode(ReadOnlySpan<byte> bytes, GenesisConfig config)
    {
        if (bytes.Length < Magic.Length + 2 + 32) throw new InvalidDataException("truncated");
        var body = bytes[..^32];
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes[^32..])) throw new InvalidDataException("checksum mismatch (the file is corrupted or truncated)");
        if (!body[..Magic.Length].SequenceEqual(Magic)) throw new InvalidDataException("not a checkpoint file (bad magic)");
        using var stream = new MemoryStream(body.ToArray(), writable: false);
        using var r = new BinaryReader(stream);
        r.ReadBytes(Magic.Length);
        ushort version = r.ReadUInt16();
        if (version != FormatVersion) throw new InvalidDataException($"format version {version}; this build reads version {FormatVersion}");
        var genesisRoot = StateSnapshotCodec.ReadField(r);
        ulong lastBatch = r.ReadUInt64();
        var root = StateSnapshotCodec.ReadField(r);
        var commitment = StateSnapshotCodec.ReadField(r);
        ulong lastProven = r.ReadUInt64();
        if (lastProven > lastBatch) throw new InvalidDataException($"last proven batch {lastProven} is after the last batch {lastBatch}");
        var state = StateSnapshotCodec.Read(r, config);
        if (stream.Position != stream.Length) throw new InvalidDataException($"{stream.Length - stream.Position} bytes after the state");
        return new VerificationCheckpoint(genesisRoot, lastBatch, root, commitment, lastProven, state);
    }
}
