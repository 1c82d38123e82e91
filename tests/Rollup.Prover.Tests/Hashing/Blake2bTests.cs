using Rollup.Prover.Hashing;

namespace Rollup.Prover.Tests.Hashing;

public class Blake2bTests
{
    private static byte[] Message(int length) =>
        length == 3 ? "abc"u8.ToArray() : Enumerable.Range(0, length).Select(i => (byte)((i * 7 + 1) & 0xff)).ToArray();

    [Theory]
    [InlineData(0, "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce")]
    [InlineData(3, "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")]
    [InlineData(127, "d073fb3259c723b20a64ecf77083891a157c81c1882da42060222dfc7ebbda6da1b8ed55197aabd0ab17cf935499d8e4f6d93a4bb83a1aa5670a1612c70df1bb")]
    [InlineData(128, "c6d375fd4421510489194b8ccd9b1fc9e96dd25eab56f33bd698266fb38d8fbde447b617cdb5779c5fbeafe53fae640c85c457f6449ce307a11d88d18788d7f0")]
    [InlineData(129, "7cb95d837c7ccea0f9137c7bcdca4cd71152aa6ca7bf16d399d261191bd7f919c5c7699d0fd0c6ad98d98eae7ee3f0f0fa1e9fc35d84410886343ffc79624765")]
    [InlineData(300, "b7e35afe31bddc8abfb9c98783f9a3687812d175ce351ed3c75301cae551af1c5b31a0086d90290b566de24f1f55e3da2e71dfce432ac0261f29c213c682904e")]
    public void Digest_matches_the_reference_blake2b_512(int length, string expectedHex)
    {
        Assert.Equal(expectedHex, Convert.ToHexStringLower(Blake2b.Hash(Message(length))));
    }

    [Fact]
    public void Streaming_in_uneven_pieces_and_cloning_give_the_one_shot_digest()
    {
        var message = Message(300);
        var hasher = new Blake2b();
        hasher.Update(message.AsSpan(0, 1));
        hasher.Update(message.AsSpan(1, 127));
        var branch = hasher.Clone();
        hasher.Update(message.AsSpan(128, 100));
        hasher.Update(message.AsSpan(228));
        Assert.Equal(Blake2b.Hash(message), hasher.Digest());
        // The clone is unaffected by what the original absorbed after the split.
        Assert.Equal(Blake2b.Hash(message.AsSpan(0, 128)), branch.Digest());
    }
}
