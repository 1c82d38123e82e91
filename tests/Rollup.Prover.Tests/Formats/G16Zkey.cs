using Rollup.Prover.Formats;
using Rollup.Prover.Groth16;

namespace Rollup.Prover.Tests.Formats;

/// <summary>The snarkjs-made g16.zkey, read once per test run.</summary>
internal static class G16Zkey
{
    private static readonly Lazy<byte[]> BytesLazy = new(() => File.ReadAllBytes(Vectors.PathOf("groth16/g16.zkey")));
    private static readonly Lazy<ProvingKey> KeyLazy = new(() => ZkeyReader.Read(Bytes));

    public static byte[] Bytes => BytesLazy.Value;
    public static ProvingKey Key => KeyLazy.Value;

    /// <summary>Offset of a section's payload in the file, found by walking the section headers.</summary>
    public static int SectionOffset(byte[] data, uint type)
    {
        int count = BitConverter.ToInt32(data, 8);
        int pos = 12;
        for (int i = 0; i < count; i++)
        {
            uint t = BitConverter.ToUInt32(data, pos);
            long size = BitConverter.ToInt64(data, pos + 4);
            if (t == type) return pos + 12;
            pos += 12 + (int)size;
        }
        throw new InvalidOperationException($"section {type} not found");
    }
}
