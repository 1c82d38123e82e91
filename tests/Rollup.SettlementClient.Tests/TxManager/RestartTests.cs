using System.Numerics;
using Rollup.SettlementClient.Contracts;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.TxManager;

namespace Rollup.SettlementClient.Tests.TxManager;

/// <summary>A manager that dies mid-send, and a second one over the same journal that finishes the job.</summary>
public class RestartTests
{
    private static readonly TransactionManagerOptions Dying = AnvilNode.Options() with { ReceiptTimeout = TimeSpan.FromSeconds(1) };

    /// <summary>Runs a send through a transport that fails at eth_sendRawTransaction; the first manager must fail.</summary>
    private static async Task<ulong> FailedSendAsync(AnvilNode node, SendFault fault, TransactionIntent intent)
    {
        ulong nonce = await node.NonceAsync(BlockTag.Latest);
        using var handler = new FaultInjectingHandler(fault);
        using (var journal = new FileTransactionJournal(node.JournalPath))
        {
            var first = await TransactionManager.StartAsync(node.ClientThrough(handler), node.Key, journal, Dying);
            var e = await Assert.ThrowsAsync<TransactionTimeoutException>(() => first.SendAsync(intent));
            Assert.Equal(nonce, e.Nonce);
        }
        Assert.Equal(fault == SendFault.AfterForwarding ? 1 : 0, handler.ForwardedSends);
        return nonce;
    }

    [Fact]
    public async Task A_send_that_landed_although_its_call_failed_is_finished_after_restart_without_a_second_transaction()
    {
        await using var node = await AnvilNode.StartAsync();
        var intent = new TransactionIntent(AnvilNode.Recipient(7), [], 17, Label: "landed");
        ulong nonce = await FailedSendAsync(node, SendFault.AfterForwarding, intent);
        Assert.Equal(nonce + 1, await node.NonceAsync(BlockTag.Latest)); // it did land

        var second = await node.ManagerAsync();
        Assert.Equal([nonce], second.UnfinishedNonces);
        var resumed = Assert.Single(await second.ResumeAsync());

        var variant = Assert.Single(await node.JournalVariantsAsync(nonce));
        Assert.Equal(variant.GetHash(), resumed.TransactionHash);
        Assert.True(resumed.Succeeded);
        Assert.Equal(nonce + 1, await node.NonceAsync(BlockTag.Latest));
        Assert.Equal(new BigInteger(17), await node.Eth.GetBalanceAsync(AnvilNode.Recipient(7)));
        Assert.Empty(second.UnfinishedNonces);

        var next = await second.SendAsync(intent with { Label = "after restart" });
        Assert.Equal(nonce + 2, await node.NonceAsync(BlockTag.Latest));
        Assert.Equal(new BigInteger(nonce + 1), Assert.Single(await node.JournalVariantsAsync(nonce + 1)).Transaction.Nonce);
        Assert.True(next.Succeeded);
    }

    [Fact]
    public async Task A_send_that_never_reached_the_node_is_rebroadcast_after_restart_and_new_sends_skip_its_nonce()
    {
        await using var node = await AnvilNode.StartAsync();
        var intent = new TransactionIntent(AnvilNode.Recipient(8), [], 19, Label: "lost");
        ulong nonce = await FailedSendAsync(node, SendFault.BeforeForwarding, intent);
        Assert.Equal(nonce, await node.NonceAsync(BlockTag.Pending)); // nothing reached the node

        var second = await node.ManagerAsync();
        Assert.Equal([nonce], second.UnfinishedNonces);
        // A new send while the journaled nonce is unfinished takes the nonce after it.
        var newer = second.SendAsync(new TransactionIntent(AnvilNode.Recipient(9), [], 23, Label: "newer"));
        var resumed = Assert.Single(await second.ResumeAsync());
        var newerReceipt = await newer;

        var variant = Assert.Single(await node.JournalVariantsAsync(nonce));
        Assert.Equal(variant.GetHash(), resumed.TransactionHash);
        var newerVariant = Assert.Single(await node.JournalVariantsAsync(nonce + 1));
        Assert.Equal(newerVariant.GetHash(), newerReceipt.TransactionHash);
        Assert.Equal(nonce + 2, await node.NonceAsync(BlockTag.Latest));
        Assert.Equal(new BigInteger(19), await node.Eth.GetBalanceAsync(AnvilNode.Recipient(8)));
        Assert.Equal(new BigInteger(23), await node.Eth.GetBalanceAsync(AnvilNode.Recipient(9)));
    }

    [Fact]
    public async Task A_send_whose_call_failed_after_reaching_the_node_is_found_mined_without_sending_again()
    {
        await using var node = await AnvilNode.StartAsync();
        ulong nonce = await node.NonceAsync(BlockTag.Latest);
        using var handler = new FaultInjectingHandler(SendFault.AfterForwarding, dieAfterSend: false);
        var manager = await node.ManagerAsync(eth: node.ClientThrough(handler));

        var receipt = await manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(10), [], 29, Label: "landed anyway"));

        Assert.Equal(1, handler.Sends); // the receipt was found; nothing was sent again
        Assert.Equal(1, handler.ForwardedSends);
        Assert.Equal(Assert.Single(await node.JournalVariantsAsync(nonce)).GetHash(), receipt.TransactionHash);
        Assert.Equal(nonce + 1, await node.NonceAsync(BlockTag.Latest));
        Assert.Equal(new BigInteger(29), await node.Eth.GetBalanceAsync(AnvilNode.Recipient(10)));
    }

    [Fact]
    public async Task A_lost_send_the_node_holds_unmined_is_not_sent_again_and_lands_when_mined()
    {
        // Regression: with the answer lost and the transaction still pending (a busy node that had
        // not mined it by the first poll), the manager rebroadcast it; now it asks the node first.
        await using var node = await AnvilNode.StartAsync();
        ulong nonce = await node.NonceAsync(BlockTag.Latest);
        await node.SetAutomineAsync(false);
        using var handler = new FaultInjectingHandler(SendFault.AfterForwarding, dieAfterSend: false);
        var manager = await node.ManagerAsync(eth: node.ClientThrough(handler));

        var sending = manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(11), [], 31, Label: "pending when polled"));
        await Task.Delay(400); // several polls of 50 ms find it pending, not mined
        Assert.False(sending.IsCompleted);
        await node.MineAsync(1);
        var receipt = await sending.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(1, handler.Sends);
        Assert.Equal(Assert.Single(await node.JournalVariantsAsync(nonce)).GetHash(), receipt.TransactionHash);
        Assert.Equal(new BigInteger(31), await node.Eth.GetBalanceAsync(AnvilNode.Recipient(11)));
    }
}
