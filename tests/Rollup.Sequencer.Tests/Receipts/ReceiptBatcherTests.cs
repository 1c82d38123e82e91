using Rollup.Core.Ethereum;
using Rollup.Sequencer.Receipts;
using Rollup.Sequencer.Rpc.Views;
using Rollup.SettlementClient.Signing;

namespace Rollup.Sequencer.Tests.Receipts;

public class ReceiptBatcherTests
{
    private static readonly EthECKey Key = new("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    private static readonly L1Address Contract = L1Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa3");

    [Fact]
    public async Task Writes_queued_within_one_interval_share_one_signature()
    {
        await using var batcher = new ReceiptBatcher(new ReceiptSigner(Key, 31337, Contract), TimeSpan.FromMilliseconds(300));
        var first = await batcher.SignAsync(1, new Hash32(new byte[32]), 5, CancellationToken.None);
        Assert.Equal(1, first.GroupSize);

        var pending = Enumerable.Range(2, 10).Select(i => batcher.SignAsync(i, new Hash32(new byte[32]), 5, CancellationToken.None)).ToArray();
        var signed = await Task.WhenAll(pending);

        Assert.Equal(2, batcher.SignatureCount);
        Assert.All(signed, s => Assert.Equal(10, s.GroupSize));
        Assert.Equal(Enumerable.Range(2, 10).Select(i => (long)i), signed.Select(s => s.Receipt.Sequence));
        Assert.All(signed, s => Assert.True(ReceiptVerifier.Verify(s, Key.GetAddress(), 31337, Contract)));
    }

    [Fact]
    public async Task Disposed_batcher_refuses_new_receipts()
    {
        var batcher = new ReceiptBatcher(new ReceiptSigner(Key, 31337, Contract), TimeSpan.Zero);
        await batcher.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => batcher.SignAsync(1, new Hash32(new byte[32]), 5, CancellationToken.None));
    }
}
