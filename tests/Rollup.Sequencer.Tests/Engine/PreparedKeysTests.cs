using Rollup.Core.Fields;
using Rollup.Core.Signatures;
using Rollup.Sequencer.Engine.Admission;

namespace Rollup.Sequencer.Tests.Engine;

public class PreparedKeysTests
{
    private static AccountKey Key(int seed)
    {
        var point = new PrivateKey(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(seed))).GetPublicKey().Point;
        return new AccountKey(point.X, point.Y);
    }

    [Fact]
    public void A_key_is_prepared_once_and_kept()
    {
        var keys = new PreparedKeys(4);
        var first = keys.Get(Key(1));
        Assert.NotNull(first);
        Assert.Same(first, keys.Get(Key(1)));
        Assert.Equal(new PublicKey(new Rollup.Core.Curves.JubjubPoint(Key(1).X, Key(1).Y)), first.Key);
        Assert.Equal(1, keys.Count);
    }

    [Fact]
    public void Past_capacity_the_oldest_prepared_key_is_dropped_first()
    {
        var keys = new PreparedKeys(3);
        var one = keys.Get(Key(1));
        var two = keys.Get(Key(2));
        keys.Get(Key(3));
        keys.Get(Key(4));
        Assert.Equal(3, keys.Count);
        Assert.Same(two, keys.Get(Key(2)));
        // Key 1 was dropped: it is prepared again, as a new table.
        Assert.NotSame(one, keys.Get(Key(1)));
        Assert.Equal(3, keys.Count);
    }

    [Fact]
    public void A_key_no_signature_can_verify_under_is_not_prepared()
    {
        var keys = new PreparedKeys(4);
        Assert.Null(keys.Get(new AccountKey(Fr.Zero, Fr.One)));
        Assert.Null(keys.Get(new AccountKey(Key(1).X + Fr.One, Key(1).Y)));
    }

    [Fact]
    public void With_no_capacity_keys_are_prepared_but_not_kept()
    {
        var keys = new PreparedKeys(0);
        Assert.NotNull(keys.Get(Key(1)));
        Assert.Equal(0, keys.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PreparedKeys(-1));
    }
}
