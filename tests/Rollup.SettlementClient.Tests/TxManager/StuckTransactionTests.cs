using System.Numerics;
using Rollup.SettlementClient.Contracts;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Transactions;

namespace Rollup.SettlementClient.Tests.TxManager;

public class StuckTransactionTests
{
    [Fact]
    public async Task Stuck_transaction_is_replaced_with_higher_fees_at_the_same_nonce()
    {
        await using var node = await AnvilNode.StartAsync();
        await node.SetAutomineAsync(false);
        var manager = await node.ManagerAsync(AnvilNode.Options() with { BumpAfter = TimeSpan.FromMilliseconds(300) });
        ulong nonce = await node.NonceAsync(BlockTag.Latest);

        var send = manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(6), [], 13, GasLimit: 21_000, Label: "stuck"));
        List<SignedTransaction1559> variants;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while ((variants = await node.JournalVariantsAsync(nonce)).Count < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "no bumped variant was signed");
            await Task.Delay(50);
        }
        var first = variants[0].Transaction;
        // From now on every block's base fee is above the first variant's max fee: only a bump can be included.
        while (!send.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, "the bumped variant was never mined");
            await node.CallAsync("anvil_setNextBlockBaseFeePerGas", RpcJson.Quantity(first.MaxFeePerGas + 1));
            await node.MineAsync();
            await Task.Delay(100);
        }
        var receipt = await send;

        variants = await node.JournalVariantsAsync(nonce);
        var mined = Assert.Single(variants, v => v.GetHash().AsSpan().SequenceEqual(receipt.TransactionHash));
        Assert.NotSame(variants[0], mined);
        Assert.True(mined.Transaction.MaxFeePerGas * 1000 >= first.MaxFeePerGas * 1125);
        Assert.True(mined.Transaction.MaxPriorityFeePerGas * 1000 >= first.MaxPriorityFeePerGas * 1125);
        Assert.Equal(new BigInteger(nonce), mined.Transaction.Nonce);
        Assert.All(variants, v => Assert.Equal(new BigInteger(nonce), v.Transaction.Nonce));
        Assert.Null(await node.Eth.GetTransactionReceiptAsync(variants[0].GetHash()));
        Assert.Equal(nonce + 1, await node.NonceAsync(BlockTag.Latest));
        Assert.Equal(new BigInteger(13), await node.Eth.GetBalanceAsync(AnvilNode.Recipient(6)));
    }
}
