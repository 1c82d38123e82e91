using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Tokens;

/// <summary>
/// An ERC-20 token through the ABI of its artifact (IERC20 for any token, DevnetStablecoin for
/// the devnet token, which adds <see cref="MintAsync"/>).
/// </summary>
public sealed class Erc20Contract(ContractArtifact artifact, L1Address address, EthClient eth, ITransactionSender? sender = null)
    : ContractBinding(artifact, address, eth, sender)
{
    public const string InterfaceArtifact = "IERC20";
    public const string DevnetTokenArtifact = "DevnetStablecoin";

    public Task<BigInteger> BalanceOfAsync(L1Address owner, BlockTag? block = null, CancellationToken cancellation = default) =>
        CallOneAsync<BigInteger>("balanceOf", [owner], block, cancellation);

    public Task<BigInteger> AllowanceAsync(L1Address owner, L1Address spender, BlockTag? block = null, CancellationToken cancellation = default) =>
        CallOneAsync<BigInteger>("allowance", [owner, spender], block, cancellation);

    public async Task<byte> DecimalsAsync(CancellationToken cancellation = default) =>
        (byte)await CallOneAsync<BigInteger>("decimals", [], null, cancellation);

    public Task<TransactionReceipt> ApproveAsync(L1Address spender, BigInteger amount, CancellationToken cancellation = default) =>
        SendAsync("approve", [spender, amount], $"approve {amount} to {spender}", cancellation: cancellation);

    public Task<TransactionReceipt> TransferAsync(L1Address to, BigInteger amount, CancellationToken cancellation = default) =>
        SendAsync("transfer", [to, amount], $"transfer {amount} to {to}", cancellation: cancellation);

    /// <summary>Mints devnet tokens (anyone may); an <see cref="ArtifactException"/> for a token whose ABI has no mint.</summary>
    public Task<TransactionReceipt> MintAsync(L1Address to, BigInteger amount, CancellationToken cancellation = default) =>
        SendAsync("mint", [to, amount], $"mint {amount} to {to}", cancellation: cancellation);
}
