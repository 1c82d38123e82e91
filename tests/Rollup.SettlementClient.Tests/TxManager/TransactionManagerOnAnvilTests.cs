using System.Numerics;
using Rollup.SettlementClient.Contracts;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;
using Rollup.SettlementClient.Signing;
using Rollup.SettlementClient.TxManager;

namespace Rollup.SettlementClient.Tests.TxManager;

/// <summary>The manager against a real anvil: nonces under concurrency, confirmation depth, reorgs and refusals.</summary>
public class TransactionManagerOnAnvilTests
{
    [Fact]
    public async Task Concurrent_sends_get_consecutive_nonces_and_are_all_mined_with_their_values()
    {
        await using var node = await AnvilNode.StartAsync();
        var manager = await node.ManagerAsync();
        ulong first = await node.NonceAsync(BlockTag.Latest);
        const int count = 5;

        var receipts = await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(i), [], AnvilNode.Gwei(1000 + i), Label: $"transfer {i}"))));

        Assert.Equal(first + count, await node.NonceAsync(BlockTag.Latest));
        var nonces = new List<ulong>();
        for (int i = 0; i < count; i++)
        {
            Assert.True(receipts[i].Succeeded);
            Assert.Equal(new BigInteger(21_000), receipts[i].GasUsed);
            Assert.Equal(AnvilNode.Gwei(1000 + i), await node.Eth.GetBalanceAsync(AnvilNode.Recipient(i)));
            var block = await node.Eth.GetBlockByNumberAsync(BlockTag.Number(receipts[i].BlockNumber));
            Assert.Equal(receipts[i].BlockHash, block!.Hash);
        }
        for (ulong nonce = first; nonce < first + count; nonce++)
        {
            var variants = await node.JournalVariantsAsync(nonce);
            var only = Assert.Single(variants);
            // Estimated with the 20 % margin: 21,000 · 1.2.
            Assert.Equal(new BigInteger(25_200), only.Transaction.GasLimit);
            Assert.Contains(receipts, r => r.TransactionHash.AsSpan().SequenceEqual(only.GetHash()));
            nonces.Add((ulong)only.Transaction.Nonce);
        }
        Assert.Equal(Enumerable.Range(0, count).Select(i => first + (ulong)i), nonces);
        Assert.Empty(manager.UnfinishedNonces);
    }

    [Fact]
    public async Task Receipt_is_returned_only_once_it_is_confirmations_deep()
    {
        await using var node = await AnvilNode.StartAsync();
        await node.SetAutomineAsync(false);
        var manager = await node.ManagerAsync(AnvilNode.Options(confirmations: 3));
        ulong nonce = await node.NonceAsync(BlockTag.Latest);

        var send = manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(1), [], 7, GasLimit: 21_000, Label: "deep"));
        await node.WaitForPendingNonceAsync(nonce);
        ulong minedIn = await node.Eth.BlockNumberAsync() + 1;
        for (int depth = 1; depth < 3; depth++)
        {
            await node.MineAsync();
            await Task.Delay(300); // six polls: time enough to return too early
            Assert.False(send.IsCompleted, $"returned at depth {depth}");
        }
        await node.MineAsync();
        var receipt = await send.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(minedIn, receipt.BlockNumber);
        Assert.Equal(minedIn + 2, await node.Eth.BlockNumberAsync());
        Assert.Equal(new BigInteger(7), await node.Eth.GetBalanceAsync(AnvilNode.Recipient(1)));
    }

    [Fact]
    public async Task Receipt_of_a_reorganised_block_is_not_returned_and_the_transaction_still_lands()
    {
        await using var node = await AnvilNode.StartAsync();
        await node.SetAutomineAsync(false);
        var manager = await node.ManagerAsync(AnvilNode.Options(confirmations: 3));
        ulong nonce = await node.NonceAsync(BlockTag.Latest);
        var snapshot = (await node.CallAsync("evm_snapshot")).GetString();

        var send = manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(2), [], 9, GasLimit: 21_000, Label: "reorged"));
        await node.WaitForPendingNonceAsync(nonce);
        await node.MineAsync(2);
        var orphanHash = (await node.JournalVariantsAsync(nonce))[^1].GetHash();
        var orphan = await node.Eth.GetTransactionReceiptAsync(orphanHash);
        Assert.NotNull(orphan);
        await Task.Delay(300);
        Assert.False(send.IsCompleted);

        // Drop both blocks; a later timestamp makes the re-mined blocks differ from the orphaned ones.
        Assert.True((await node.CallAsync("evm_revert", snapshot)).GetBoolean());
        await node.CallAsync("evm_increaseTime", 60);
        Assert.Null(await node.Eth.GetTransactionReceiptAsync(orphanHash));
        await node.WaitForPendingNonceAsync(nonce);
        await node.MineAsync(3);
        var receipt = await send.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotEqual(orphan!.BlockHash, receipt.BlockHash);
        var canonical = await node.Eth.GetBlockByNumberAsync(BlockTag.Number(receipt.BlockNumber));
        Assert.Equal(canonical!.Hash, receipt.BlockHash);
        Assert.Equal(nonce + 1, await node.NonceAsync(BlockTag.Latest));
        Assert.Equal(new BigInteger(9), await node.Eth.GetBalanceAsync(AnvilNode.Recipient(2)));
    }

    [Fact]
    public async Task Transaction_stranded_behind_a_reorg_deeper_than_its_confirmations_is_sent_again_at_the_nodes_nonce()
    {
        await using var node = await AnvilNode.StartAsync();
        var manager = await node.ManagerAsync(AnvilNode.Options(confirmations: 1));
        ulong nonce = await node.NonceAsync(BlockTag.Latest);
        var snapshot = (await node.CallAsync("evm_snapshot")).GetString();
        await manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(3), [], 1, GasLimit: 21_000, Label: "first"));
        await manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(3), [], 2, GasLimit: 21_000, Label: "second"));

        // Both finished transactions leave the chain: the manager's next nonce (nonce + 2) now sits behind a gap.
        Assert.True((await node.CallAsync("evm_revert", snapshot)).GetBoolean());
        Assert.Equal(nonce, await node.NonceAsync(BlockTag.Latest));
        var receipt = await manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(4), [], 5, GasLimit: 21_000, Label: "after the reorg"))
            .WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(receipt.Succeeded);
        Assert.Equal(nonce + 1, await node.NonceAsync(BlockTag.Latest));
        Assert.Equal(new BigInteger(5), await node.Eth.GetBalanceAsync(AnvilNode.Recipient(4)));
        Assert.Equal(BigInteger.Zero, await node.Eth.GetBalanceAsync(AnvilNode.Recipient(3)));
    }

    [Fact]
    public async Task A_node_of_another_chain_is_refused_at_start()
    {
        await using var node = await AnvilNode.StartAsync();
        var e = await Assert.ThrowsAsync<ChainIdMismatchException>(() => node.ManagerAsync(AnvilNode.Options() with { ChainId = 1 }));
        Assert.Equal(1UL, e.Expected);
        Assert.Equal(AnvilNode.ChainId, e.Actual);
    }

    [Fact]
    public async Task A_fee_cap_below_the_market_refuses_the_send_and_uses_no_nonce()
    {
        await using var node = await AnvilNode.StartAsync();
        // anvil's next base fee is about 1 gwei; with the 1 gwei tip floor inclusion needs about 2 gwei.
        var manager = await node.ManagerAsync(AnvilNode.Options() with { MaxFeePerGasCap = AnvilNode.Gwei(1) });
        ulong nonce = await node.NonceAsync(BlockTag.Pending);

        var e = await Assert.ThrowsAsync<FeeCapExceededException>(() => manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(3), [], 1, Label: "capped")));

        Assert.Equal(AnvilNode.Gwei(1), e.Cap);
        Assert.True(e.Needed > e.Cap);
        Assert.Contains("capped", e.Message);
        Assert.Equal(nonce, await node.NonceAsync(BlockTag.Pending));
        Assert.Empty(await node.JournalVariantsAsync(nonce));
    }

    [Fact]
    public async Task Insufficient_funds_is_a_typed_error_and_the_nonce_is_used_by_the_next_send()
    {
        await using var node = await AnvilNode.StartAsync();
        var manager = await node.ManagerAsync();
        ulong nonce = await node.NonceAsync(BlockTag.Latest);
        var balance = await node.Eth.GetBalanceAsync(manager.From);

        // Refused by the pool (gas limit given, so no estimate runs first).
        var refused = await Assert.ThrowsAsync<InsufficientFundsException>(() =>
            manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(4), [], balance, GasLimit: 21_000, Label: "too much")));
        Assert.Equal(nonce, refused.Nonce);
        // With the gas estimated (anvil estimates a transfer above the balance; the pool refuses it).
        var estimated = await Assert.ThrowsAsync<InsufficientFundsException>(() =>
            manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(4), [], balance + 1, Label: "too much")));
        Assert.Equal(nonce, estimated.Nonce);
        Assert.Empty(manager.UnfinishedNonces);

        var receipt = await manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(4), [], 11, Label: "fits"));
        Assert.True(receipt.Succeeded);
        Assert.Equal(nonce + 1, await node.NonceAsync(BlockTag.Latest));
        var variants = await node.JournalVariantsAsync(nonce);
        Assert.Equal(3, variants.Count); // two refused (abandoned, the nonce given back) and the one that landed
        Assert.Equal(variants[2].GetHash(), receipt.TransactionHash);
    }

    [Fact]
    public async Task A_key_without_funds_gets_insufficient_funds_not_a_generic_error()
    {
        await using var node = await AnvilNode.StartAsync();
        var broke = new EthECKey(Hex.Decode("0x" + new string('4', 64)));
        var manager = await node.ManagerAsync(key: broke);
        var e = await Assert.ThrowsAsync<InsufficientFundsException>(() =>
            manager.SendAsync(new TransactionIntent(AnvilNode.Recipient(5), [], 1, GasLimit: 21_000, Label: "broke")));
        Assert.Equal(0UL, e.Nonce);
        Assert.Equal(BigInteger.Zero, await node.Eth.GetTransactionCountAsync(broke.GetAddress(), BlockTag.Pending));
    }
}
