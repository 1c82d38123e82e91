using System.Security.Cryptography;

namespace Rollup.SettlementClient.Keys;

/// <summary>AES-128-CTR as keystores use it: the IV is the initial 128-bit big-endian counter, incremented over all 16 bytes (Go's cipher.NewCTR, Node's aes-128-ctr).</summary>
internal static class AesCtr
{
    public static byte[] Transform(ReadOnlySpan<byte> key16, ReadOnlySpan<byte> iv16, ReadOnlySpan<byte> input)
    {
        if (key16.Length != 16) throw new ArgumentException("aes-128 needs a 16-byte key", nameof(key16));
        if (iv16.Length != KeystoreLimits.IvLength) throw new KeystoreException($"aes-128-ctr iv must be 16 bytes, got {iv16.Length}");
        using var aes = Aes.Create();
        aes.Key = key16.ToArray();
        Span<byte> counter = stackalloc byte[16];
        Span<byte> stream = stackalloc byte[16];
        iv16.CopyTo(counter);
        var output = new byte[input.Length];
        for (int offset = 0; offset < input.Length; offset += 16)
        {
            aes.EncryptEcb(counter, stream, PaddingMode.None);
            int n = Math.Min(16, input.Length - offset);
            for (int i = 0; i < n; i++) output[offset + i] = (byte)(input[offset + i] ^ stream[i]);
            Increment(counter);
        }
        CryptographicOperations.ZeroMemory(stream);
        return output;
    }

    private static void Increment(Span<byte> counter)
    {
        for (int i = counter.Length - 1; i >= 0; i--)
        {
            if (++counter[i] != 0) return;
        }
    }
}
