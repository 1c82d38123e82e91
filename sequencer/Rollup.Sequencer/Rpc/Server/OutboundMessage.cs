using System.Buffers;

namespace Rollup.Sequencer.Rpc.Server;

/// <summary>A message waiting to be sent on a WebSocket: its bytes, and whether the array is rented from the shared pool (returned once sent).</summary>
internal readonly record struct OutboundMessage(byte[] Bytes, int Length, bool Rented)
{
    public static OutboundMessage Owned(byte[] bytes) => new(bytes, bytes.Length, false);

    public ReadOnlyMemory<byte> Memory => Bytes.AsMemory(0, Length);

    public void Release()
    {
        if (Rented) ArrayPool<byte>.Shared.Return(Bytes);
    }
}
