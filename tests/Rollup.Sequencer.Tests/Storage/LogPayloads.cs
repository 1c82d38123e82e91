using System.Buffers.Binary;

namespace Rollup.Sequencer.Tests.Storage;

/// <summary>Payloads derived from their sequence number, so a reader can check every entry it gets back.</summary>
internal static class LogPayloads
{
    public static byte[] For(long sequence)
    {
        var payload = new byte[8 + (int)(sequence % 97)];
        BinaryPrimitives.WriteInt64LittleEndian(payload, sequence);
        for (int i = 8; i < payload.Length; i++) payload[i] = (byte)(sequence * 31 + i);
        return payload;
    }
}
