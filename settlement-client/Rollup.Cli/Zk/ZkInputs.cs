using System.Numerics;
using System.Text.Json;
using Rollup.Core.Fields;
using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;

namespace Rollup.Cli.Zk;

/// <summary>
/// Reads the files the zk commands take and turns every way they can be wrong into one
/// <see cref="CliException"/> with <see cref="ExitCodes.BadInput"/> that names the file.
/// </summary>
internal static class ZkInputs
{
    // A verification key, proof or public.json of a real circuit is kilobytes; refuse to parse
    // something absurd into memory.
    private const long MaxJsonBytes = 64L << 20;

    public static VerifyingKey ReadVerifyingKey(string path) =>
        ReadJson(path, "verification key", SnarkjsJson.ReadVerifyingKey);

    /// <summary>A verifying key from verification_key.json, or derived from a .zkey (told apart by its magic bytes).</summary>
    public static VerifyingKey ReadAnyVerifyingKey(string path) =>
        StartsWithZkeyMagic(path) ? ReadZkey(path).ToVerifyingKey() : ReadVerifyingKey(path);

    public static Proof ReadProof(string path) => ReadJson(path, "proof", SnarkjsJson.ReadProof);

    public static BigInteger[] ReadPublicInputs(string path) => ReadJson(path, "public signals", SnarkjsJson.ReadPublicInputs);

    public static ProvingKey ReadZkey(string path) => ReadBinary(path, ZkeyWhat, ZkeyReader.Read);

    /// <summary>
    /// A .zkey read with <see cref="ZkeyReader.ReadForProving"/>: query points are not
    /// curve-checked, so the caller must verify what it proves before using it.
    /// </summary>
    public static ProvingKey ReadZkeyForProving(string path)
    {
        EnsureReadable(path, ZkeyWhat, long.MaxValue);
        try
        {
            return Parse(path, ZkeyWhat, path, ZkeyReader.ReadForProving);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.BadInput, $"{path}: cannot read the {ZkeyWhat}: {e.Message}", e);
        }
    }

    /// <summary>What the strict reader finds wrong with a .zkey, or null when it reads it whole.</summary>
    public static string? FindZkeyDefect(string path)
    {
        var bytes = ReadAll(path, ZkeyWhat, long.MaxValue);
        try
        {
            ZkeyReader.Read(bytes);
            return null;
        }
        catch (Exception e) when (e is SnarkjsFormatException or FormatException or ArgumentException)
        {
            return e.Message;
        }
    }

    private const string ZkeyWhat = "proving key (.zkey)";

    public static Fr[] ReadWitness(string path) => ReadBinary(path, "witness (.wtns)", WtnsFormat.Read);

    public static R1csFile ReadR1cs(string path) => ReadBinary(path, "constraint system (.r1cs)", R1csFormat.Read);

    private static bool StartsWithZkeyMagic(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[4];
            return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual("zkey"u8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // the reader that follows reports the file properly
        }
    }

    private static T ReadJson<T>(string path, string what, Func<JsonElement, T> parse)
    {
        var bytes = ReadAll(path, what, MaxJsonBytes);
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            return parse(doc.RootElement);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            throw new CliException(ExitCodes.BadInput, $"{path}: not a valid {what}: {e.Message}", e);
        }
    }

    private static T ReadBinary<T>(string path, string what, Func<byte[], T> parse) =>
        Parse(path, what, ReadAll(path, what, long.MaxValue), parse);

    private static T Parse<TInput, T>(string path, string what, TInput input, Func<TInput, T> parse)
    {
        try
        {
            return parse(input);
        }
        catch (Exception e) when (e is SnarkjsFormatException or FormatException or ArgumentException or EndOfStreamException or InvalidDataException)
        {
            throw new CliException(ExitCodes.BadInput, $"{path}: not a valid {what}: {e.Message}", e);
        }
    }

    private static byte[] ReadAll(string path, string what, long maxBytes)
    {
        EnsureReadable(path, what, maxBytes);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.BadInput, $"{path}: cannot read the {what}: {e.Message}", e);
        }
    }

    private static void EnsureReadable(string path, string what, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new CliException(ExitCodes.BadInput, $"{path}: {what} not found");
            if (info.Length > maxBytes) throw new CliException(ExitCodes.BadInput, $"{path}: {what} is {info.Length} bytes, more than the {maxBytes} accepted");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.BadInput, $"{path}: cannot read the {what}: {e.Message}", e);
        }
    }

    /// <summary>Writes a file whole or not at all: a crash mid-write never leaves a truncated proof behind.</summary>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> content)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        try
        {
            Directory.CreateDirectory(dir);
            var temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.BadInput, $"{path}: cannot write: {e.Message}", e);
        }
    }

    public static void WriteAtomically(string path, string text) => WriteAtomically(path, System.Text.Encoding.UTF8.GetBytes(text));
}
