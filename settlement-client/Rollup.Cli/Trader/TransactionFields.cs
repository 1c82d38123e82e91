using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.Cli.Trader;

/// <summary>The fields every sending command prints about its transaction.</summary>
internal static class TransactionFields
{
    public static CommandResult AddTransaction(this CommandResult result, TransactionReceipt receipt) =>
        result.Add("transactionHash", "transaction", Hex.Encode(receipt.TransactionHash))
            .Add("blockNumber", "block", receipt.BlockNumber);
}
