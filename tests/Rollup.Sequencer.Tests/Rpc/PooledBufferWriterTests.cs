using System.Text;
using System.Text.Json;
using Rollup.Sequencer.Rpc.Dispatch;

namespace Rollup.Sequencer.Tests.Rpc;

public class PooledBufferWriterTests
{
    [Fact]
    public void Writes_past_its_initial_capacity_keep_every_byte_in_order()
    {
        using var writer = new PooledBufferWriter(256);
        var expected = new byte[100_000];
        new Random(7).NextBytes(expected);
        for (int at = 0; at < expected.Length; at += 333)
        {
            int n = Math.Min(333, expected.Length - at);
            expected.AsSpan(at, n).CopyTo(writer.GetSpan(n));
            writer.Advance(n);
        }
        Assert.Equal(expected.Length, writer.WrittenCount);
        Assert.True(writer.WrittenSpan.SequenceEqual(expected));
    }

    [Fact]
    public void A_json_writer_over_it_produces_the_same_text_as_over_an_array_writer()
    {
        using var pooled = new PooledBufferWriter(16);
        var reference = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var output in new System.Buffers.IBufferWriter<byte>[] { pooled, reference })
        {
            using var json = new Utf8JsonWriter(output);
            json.WriteStartArray();
            for (int i = 0; i < 500; i++) json.WriteStringValue("receipt " + i);
            json.WriteEndArray();
        }
        Assert.Equal(Encoding.UTF8.GetString(reference.WrittenSpan), Encoding.UTF8.GetString(pooled.WrittenSpan));
    }

    [Fact]
    public void Advancing_past_the_buffer_is_refused_and_a_disposed_writer_gives_no_memory()
    {
        var writer = new PooledBufferWriter(256);
        int length = writer.GetSpan(10).Length;
        Assert.Throws<InvalidOperationException>(() => writer.Advance(length + 1));
        writer.Dispose();
        writer.Dispose();
        Assert.Throws<ObjectDisposedException>(() => writer.GetSpan(1));
        Assert.Equal(0, writer.WrittenCount);
    }

    [Fact]
    public void Detach_hands_over_the_written_bytes_and_leaves_the_writer_empty()
    {
        var writer = new PooledBufferWriter(16);
        "hello, receipts"u8.CopyTo(writer.GetSpan(15));
        writer.Advance(15);
        var bytes = writer.Detach(out int length);
        Assert.Equal("hello, receipts", System.Text.Encoding.UTF8.GetString(bytes, 0, length));
        Assert.Equal(0, writer.WrittenCount);
        Assert.Throws<ObjectDisposedException>(() => writer.GetSpan(1));
        writer.Dispose();
        System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
    }
}
