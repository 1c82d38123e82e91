using System.Numerics;
using Rollup.Core.Ethereum;
using Rollup.SettlementClient.Contracts.Artifacts;
using Rollup.SettlementClient.Contracts.Reverts;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts;

/// <summary>
/// A deployed contract described by its artifact: views through eth_call on <see cref="Eth"/>,
/// writes through the <see cref="ITransactionSender"/> (absent for a read-only binding). Reverts
/// become <see cref="ContractRevertException"/>s decoded with this ABI and the ABIs of the
/// contracts it calls into (their errors bubble up unchanged).
/// </summary>
public abstract class ContractBinding
{
    private readonly ITransactionSender? _sender;
    private readonly ContractArtifact[] _errorSources;

    protected ContractBinding(ContractArtifact artifact, L1Address address, EthClient eth, ITransactionSender? sender, IEnumerable<ContractArtifact>? calleeArtifacts = null)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(eth);
        if (address.IsZero) throw new ArgumentException($"{artifact.ContractName} cannot be bound to the zero address", nameof(address));
        Artifact = artifact;
        Address = address;
        Eth = eth;
        _sender = sender;
        _errorSources = [artifact, .. calleeArtifacts ?? []];
    }

    public ContractArtifact Artifact { get; }

    public bool IsReadOnly => _sender is null;
    public L1Address Address { get; }
    public EthClient Eth { get; }

    /// <summary>The sender of writes; an <see cref="InvalidOperationException"/> on a read-only binding.</summary>
    public ITransactionSender Sender =>
        _sender ?? throw new InvalidOperationException($"this {Artifact.ContractName} binding is read-only: it was created without a transaction sender");

    protected ITransactionSender? OptionalSender => _sender;

    /// <summary>Calls a view or pure function (or simulates any function) and decodes its outputs.</summary>
    public async Task<object?[]> CallAsync(string function, object?[] arguments, BlockTag? block = null, CancellationToken cancellation = default)
    {
        var fn = Artifact.Function(function);
        var call = new CallRequest { From = _sender?.From, To = Address, Data = fn.EncodeCall(arguments) };
        byte[] output;
        try
        {
            output = await Eth.CallAsync(call, block, cancellation);
        }
        catch (RpcException e) when (e.Revert is not null)
        {
            throw ContractRevertException.Create(Artifact.ContractName, function, e.Revert, _errorSources, inner: e);
        }
        try
        {
            return fn.DecodeOutput(output);
        }
        catch (Abi.AbiException e)
        {
            // An empty answer usually means no code at the address (a wrong address or chain).
            var hint = output.Length == 0 ? $"; is {Address} the {Artifact.ContractName} on this chain?" : "";
            throw new RpcException(RpcErrorKind.Fatal, "eth_call", $"{Artifact.ContractName}.{function} returned data that does not decode: {e.Message}{hint}", e);
        }
    }

    /// <summary>Sends the function as a transaction and returns its successful receipt.</summary>
    public Task<TransactionReceipt> SendAsync(string function, object?[] arguments, string? label = null, BigInteger value = default, BigInteger? gasLimit = null,
        CancellationToken cancellation = default)
    {
        var fn = Artifact.Function(function);
        var intent = new TransactionIntent(Address, fn.EncodeCall(arguments), value, gasLimit, label ?? function);
        return CheckedTransactions.SendAsync(Sender, Eth, intent, Artifact.ContractName, function, _errorSources, cancellation);
    }

    protected async Task<T> CallOneAsync<T>(string function, object?[] arguments, BlockTag? block, CancellationToken cancellation) =>
        (T)(await CallAsync(function, arguments, block, cancellation))[0]!;

    protected async Task<ulong> CallUInt64Async(string function, object?[] arguments, BlockTag? block, CancellationToken cancellation) =>
        (ulong)await CallOneAsync<BigInteger>(function, arguments, block, cancellation);
}
