using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Primitives;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Reverts;

/// <summary>
/// A contract call that reverted: in eth_call, in the gas estimate before sending, or on chain
/// (then <see cref="TransactionHash"/> is set and the reason comes from replaying the call at the
/// parent block). <see cref="Error"/> is the custom error decoded with the contract's ABI;
/// <see cref="Revert"/> keeps the raw data, Error(string) and Panic(uint256). A revert is never
/// retryable: the same call against the same state reverts again.
/// </summary>
public sealed class ContractRevertException : Exception
{
    private ContractRevertException(string message, string contract, string function, RevertReason? revert, DecodedContractError? error, byte[]? transactionHash, Exception? inner)
        : base(message, inner)
    {
        Contract = contract;
        Function = function;
        Revert = revert;
        Error = error;
        TransactionHash = transactionHash;
    }

    public string Contract { get; }

    /// <summary>Always fatal in <see cref="RpcErrorClassifier"/>'s terms: resending the same call to the same state reverts again.</summary>
    public RpcErrorKind Kind => RpcErrorKind.Fatal;

    /// <summary>The function (or "constructor") that reverted.</summary>
    public string Function { get; }

    /// <summary>The revert data; null when a mined revert could not be reproduced by a replay.</summary>
    public RevertReason? Revert { get; }

    /// <summary>The custom error, when the data matches one in the contract's ABI (or an ABI it calls into).</summary>
    public DecodedContractError? Error { get; }

    /// <summary>Name of the custom error, or null for Error(string), Panic, a bare revert or unknown data.</summary>
    public string? ErrorName => Error?.Name;

    /// <summary>Set when the transaction was mined and reverted.</summary>
    public byte[]? TransactionHash { get; }

    public static ContractRevertException Create(string contract, string function, RevertReason? revert, IEnumerable<ContractArtifact> errorSources,
        byte[]? transactionHash = null, Exception? inner = null)
    {
        DecodedContractError? error = null;
        if (revert is not null)
            foreach (var source in errorSources)
                if ((error = source.TryDecodeError(revert)) is not null) break;

        var reason = error is not null ? error.ToString()
            : revert is not null ? revert.ToString()
            : "reverted on chain; replaying the call at the parent block did not revert, so the reason is unknown";
        var where = transactionHash is null ? "" : $" in transaction {Hex.Encode(transactionHash)}";
        return new ContractRevertException($"{contract}.{function} reverted{where}: {reason}", contract, function, revert, error, transactionHash, inner);
    }
}
