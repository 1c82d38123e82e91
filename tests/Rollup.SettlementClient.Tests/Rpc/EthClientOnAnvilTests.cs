using System.Numerics;
using System.Text.Json.Nodes;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Tests.Rpc;

/// <summary>The typed client against a real anvil node, with transactions signed by this library.</summary>
public class EthClientOnAnvilTests(AnvilRpcFixture anvil) : IClassFixture<AnvilRpcFixture>
{
    // Runtime: mstore Error("no") (selector, offset 0x20, length 2, "no") and revert with its 100 bytes.
    private const string RevertingRuntime = "6308c379a060e01b600052" + "6020600452" + "6002602452" + "616e6f60f01b604452" + "60646000fd";

    // Runtime: log0 with empty data, then stop: one log per call.
    private const string LoggingRuntime = "60006000a000";

    private static byte[] InitCode(string runtimeHex)
    {
        int length = runtimeHex.Length / 2;
        // codecopy(0, 12, length); return(0, length): the 12-byte prefix deploys what follows.
        return Hex.Decode($"60{length:x2}600c60003960{length:x2}6000f3" + runtimeHex);
    }

    private async Task<L1Address> DeployAsync(string runtimeHex)
    {
        var (_, receipt) = await anvil.SendAsync(null, InitCode(runtimeHex), 0, 200_000);
        Assert.True(receipt.Succeeded);
        return receipt.ContractAddress ?? throw new InvalidOperationException("no contract address");
    }

    [Fact]
    public async Task Chain_id_is_anvils_31337()
    {
        Assert.Equal(31337UL, await anvil.Eth.ChainIdAsync());
    }

    [Fact]
    public async Task A_batch_answers_chain_id_block_number_and_balance_in_request_order()
    {
        var address = anvil.Key.GetAddress().ToString();
        var results = await anvil.Eth.Rpc.SendBatchAsync(
        [
            new("eth_chainId"),
            new("eth_blockNumber"),
            new("eth_getBalance", address, "latest"),
            new("eth_noSuchMethod"),
        ]);
        Assert.Equal(31337UL, RpcJson.ReadUInt64(results[0].Value));
        Assert.True(RpcJson.ReadUInt64(results[1].Value) <= await anvil.Eth.BlockNumberAsync());
        Assert.True(RpcJson.ReadQuantity(results[2].Value) > 0);
        Assert.Equal(RpcErrorKind.Fatal, results[3].Error!.Kind);
        Assert.NotNull(results[3].Error!.Code);
    }

    [Fact]
    public async Task A_locally_signed_eip1559_transfer_is_mined_and_moves_the_value()
    {
        var recipient = L1Address.Parse("0x00000000000000000000000000000000000000aa");
        var before = await anvil.Eth.GetBalanceAsync(recipient);
        var value = BigInteger.Parse("1230000000000000000");
        var (signed, receipt) = await anvil.SendAsync(recipient, [], value, 21_000);
        Assert.True(receipt.Succeeded);
        Assert.Equal(signed.GetHash(), receipt.TransactionHash);
        Assert.Equal(new BigInteger(21_000), receipt.GasUsed);
        Assert.Equal(before + value, await anvil.Eth.GetBalanceAsync(recipient));
        var block = await anvil.Eth.GetBlockByNumberAsync(BlockTag.Number(receipt.BlockNumber));
        Assert.Equal(receipt.BlockHash, block!.Hash);
        Assert.Contains(block.TransactionHashes, h => h.AsSpan().SequenceEqual(receipt.TransactionHash));
    }

    [Fact]
    public async Task Eth_call_and_estimate_gas_on_a_reverting_contract_are_fatal_with_the_decoded_reason()
    {
        var contract = await DeployAsync(RevertingRuntime);
        var call = new CallRequest { From = anvil.Key.GetAddress(), To = contract };
        var e = await Assert.ThrowsAsync<RpcException>(() => anvil.Eth.CallAsync(call));
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Equal("no", e.Revert!.Message);
        var estimate = await Assert.ThrowsAsync<RpcException>(() => anvil.Eth.EstimateGasAsync(call));
        Assert.Equal("no", estimate.Revert!.Message);
    }

    [Fact]
    public async Task Replaying_a_mined_nonce_is_fatal_nonce_too_low()
    {
        var recipient = L1Address.Parse("0x00000000000000000000000000000000000000bb");
        var (signed, _) = await anvil.SendAsync(recipient, [], 1, 21_000);
        var replay = (signed.Transaction with { Value = 2 }).Sign(anvil.Key);
        var e = await Assert.ThrowsAsync<RpcException>(() => anvil.Eth.SendRawTransactionAsync(replay.GetRawTransaction()));
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Contains("nonce", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Logs_over_many_blocks_are_collected_in_pages_in_block_order()
    {
        var contract = await DeployAsync(LoggingRuntime);
        var blocks = new List<ulong>();
        for (int i = 0; i < 5; i++)
        {
            var (_, receipt) = await anvil.SendAsync(contract, [], 0, 50_000);
            Assert.Single(receipt.Logs);
            blocks.Add(receipt.BlockNumber);
        }
        var filter = new LogFilter { FromBlock = blocks[0], ToBlock = blocks[^1], Addresses = [contract] };
        var logs = await anvil.Eth.GetLogsAsync(filter, maxBlockRange: 2);
        Assert.Equal(blocks, logs.Select(l => l.BlockNumber));
        Assert.All(logs, l => Assert.Equal(contract, l.Address));
    }

    [Fact]
    public async Task Fee_history_reports_base_fees_and_requested_reward_percentiles()
    {
        await anvil.SendAsync(L1Address.Parse("0x00000000000000000000000000000000000000cc"), [], 1, 21_000);
        var history = await anvil.Eth.FeeHistoryAsync(2, BlockTag.Latest, [25, 75]);
        Assert.Equal(history.GasUsedRatio.Count + 1, history.BaseFeePerGas.Count);
        Assert.All(history.BaseFeePerGas, f => Assert.True(f > 0));
        Assert.All(history.Reward, row => Assert.Equal(2, row.Count));
    }

    [Fact]
    public async Task Block_hash_unknown_to_the_node_is_classified_as_reorg()
    {
        var missing = "0x" + new string('1', 64);
        var e = await Assert.ThrowsAsync<RpcException>(() =>
            anvil.Eth.Rpc.SendAsync("eth_getBalance", [anvil.Key.GetAddress().ToString(), new JsonObject { ["blockHash"] = missing }]));
        Assert.Equal(RpcErrorKind.Reorg, e.Kind);
    }
}
