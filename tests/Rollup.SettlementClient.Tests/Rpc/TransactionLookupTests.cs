using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Tests.Rpc;

public class TransactionLookupTests(AnvilRpcFixture anvil) : IClassFixture<AnvilRpcFixture>
{
    private static readonly string TxHash = "0x" + new string('a', 64);

    private static string Transaction(string fields) =>
        $"{{\"hash\":\"{TxHash}\",\"from\":\"0x00000000000000000000000000000000000000f1\",\"nonce\":\"0x1\",\"value\":\"0x0\",\"gas\":\"0x5208\",\"input\":\"0x\"{fields}}}";

    private static async Task<RpcTransaction?> LookUp(string resultJson)
    {
        using var server = new ScriptedRpcServer((_, request) => ScriptedAnswer.Ok(ScriptedRpcServer.Result(request, resultJson)));
        using var rpc = new JsonRpcClient(server.Endpoint, new JsonRpcClientOptions { MaxAttempts = 1 });
        return await new EthClient(rpc).GetTransactionByHashAsync(Hex.Decode(TxHash));
    }

    [Fact]
    public async Task Mined_transaction_is_read_back_with_sender_target_nonce_input_and_block()
    {
        var to = L1Address.Parse("0x00000000000000000000000000000000000000bb");
        var (signed, receipt) = await anvil.SendAsync(to, [1, 2, 3], 5, 50_000);
        var tx = await anvil.Eth.GetTransactionByHashAsync(receipt.TransactionHash);
        Assert.NotNull(tx);
        Assert.Equal(signed.GetHash(), tx.Hash);
        Assert.Equal(anvil.Key.GetAddress(), tx.From);
        Assert.Equal(to, tx.To);
        Assert.Equal(signed.Transaction.Nonce, tx.Nonce);
        Assert.Equal(new BigInteger(5), tx.Value);
        Assert.Equal(new BigInteger(50_000), tx.Gas);
        Assert.Equal([1, 2, 3], tx.Input);
        Assert.Equal(receipt.BlockNumber, tx.BlockNumber);
        Assert.Equal(receipt.BlockHash, tx.BlockHash);
        Assert.Null(await anvil.Eth.GetTransactionByHashAsync(new byte[32]));
    }

    [Fact]
    public async Task Pending_and_creation_transactions_have_no_block_or_target()
    {
        var tx = await LookUp(Transaction(",\"to\":null,\"blockNumber\":null,\"blockHash\":null,\"transactionIndex\":null"));
        Assert.Null(tx!.To);
        Assert.Null(tx.BlockNumber);
        Assert.Null(tx.BlockHash);
    }

    [Theory]
    [InlineData(",\"blockNumber\":\"0x1\"", "all set")]
    [InlineData(",\"blockNumber\":\"0x01\",\"blockHash\":null,\"transactionIndex\":null", "leading zeros")]
    [InlineData(",\"to\":\"0x1234\"", "20 bytes")]
    public async Task Malformed_transaction_answers_are_fatal(string fields, string detail)
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => LookUp(Transaction(fields)));
        Assert.Equal(RpcErrorKind.Fatal, e.Kind);
        Assert.Contains("malformed answer", e.Message);
        Assert.Contains(detail, e.Message);
    }

    [Fact]
    public async Task Answer_for_another_transaction_or_without_input_is_fatal()
    {
        var other = Transaction("").Replace(TxHash, "0x" + new string('b', 64));
        Assert.Contains("asked for", (await Assert.ThrowsAsync<RpcException>(() => LookUp(other))).Message);
        var noInput = Transaction("").Replace(",\"input\":\"0x\"", "");
        Assert.Contains("missing field 'input'", (await Assert.ThrowsAsync<RpcException>(() => LookUp(noInput))).Message);
    }
}
