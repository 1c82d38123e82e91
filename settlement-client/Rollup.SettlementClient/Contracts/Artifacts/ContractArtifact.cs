using Rollup.SettlementClient.Abi;
using Rollup.SettlementClient.Contracts.Reverts;
using Rollup.SettlementClient.Rpc;

namespace Rollup.SettlementClient.Contracts.Artifacts;

/// <summary>
/// A Hardhat 3 artifact (hh3-artifact-1 or the older hardhat format): the ABI's functions,
/// events, custom errors and constructor, and the creation bytecode. A contract that links
/// libraries has placeholders in its bytecode and is refused at <see cref="CreationCode"/>.
/// </summary>
public sealed partial class ContractArtifact
{
    private readonly Dictionary<string, List<ContractFunction>> _functions;
    private readonly Dictionary<string, AbiEvent> _events;
    private readonly List<ContractError> _errors;
    private readonly string _bytecodeHex;

    public string ContractName { get; }
    public string SourceName { get; }

    /// <summary>Constructor parameter types (empty when the contract declares no constructor).</summary>
    public IReadOnlyList<AbiType> ConstructorInputs { get; }

    public IEnumerable<ContractFunction> Functions => _functions.Values.SelectMany(f => f);
    public IReadOnlyList<ContractError> Errors => _errors;
    public IEnumerable<AbiEvent> Events => _events.Values;

    /// <summary>"file:Library" for each library the bytecode still needs linked.</summary>
    public IReadOnlyList<string> UnlinkedLibraries { get; }

    /// <summary>False for interfaces and abstract contracts (empty bytecode).</summary>
    public bool IsDeployable => _bytecodeHex.Length > 2;

    /// <summary>The function of that name; an unknown or overloaded name is an <see cref="ArtifactException"/>.</summary>
    public ContractFunction Function(string name)
    {
        if (!_functions.TryGetValue(name, out var overloads))
            throw new ArtifactException($"{ContractName} has no function '{name}'");
        if (overloads.Count > 1)
            throw new ArtifactException($"{ContractName}.{name} is overloaded ({string.Join(", ", overloads)}); use FunctionBySignature");
        return overloads[0];
    }

    public ContractFunction FunctionBySignature(string signature) =>
        Functions.FirstOrDefault(f => f.Abi.Signature == signature) ?? throw new ArtifactException($"{ContractName} has no function {signature}");

    public AbiEvent Event(string name) =>
        _events.TryGetValue(name, out var e) ? e : throw new ArtifactException($"{ContractName} has no event '{name}'");

    public ContractError Error(string name) =>
        _errors.FirstOrDefault(e => e.Name == name) ?? throw new ArtifactException($"{ContractName} has no error '{name}'");

    /// <summary>The custom error of this ABI whose selector starts <paramref name="revertData"/>, decoded; null when none matches or its arguments do not decode.</summary>
    public DecodedContractError? TryDecodeError(ReadOnlySpan<byte> revertData)
    {
        if (revertData.Length < 4) return null;
        foreach (var error in _errors)
        {
            if (!revertData[..4].SequenceEqual(error.Selector)) continue;
            try
            {
                return error.Decode(revertData);
            }
            catch (AbiException)
            {
                return null;
            }
        }
        return null;
    }

    public DecodedContractError? TryDecodeError(RevertReason revert) => TryDecodeError(revert.Data);

    /// <summary>Init code: the bytecode followed by the abi-encoded constructor arguments.</summary>
    public byte[] CreationCode(params object?[] constructorArguments)
    {
        EnsureDeployable();
        var code = Primitives.Hex.Decode(_bytecodeHex);
        if (constructorArguments.Length != ConstructorInputs.Count)
            throw new ArtifactException($"{ContractName}'s constructor takes {ConstructorInputs.Count} arguments, got {constructorArguments.Length}");
        if (ConstructorInputs.Count == 0) return code;
        var arguments = AbiEncoder.Encode(ConstructorInputs, constructorArguments);
        var initCode = new byte[code.Length + arguments.Length];
        code.CopyTo(initCode, 0);
        arguments.CopyTo(initCode, code.Length);
        return initCode;
    }

    /// <summary>Throws <see cref="ArtifactException"/> when the bytecode is empty or still has library placeholders.</summary>
    public void EnsureDeployable()
    {
        if (UnlinkedLibraries.Count > 0)
            throw new ArtifactException($"{ContractName} needs libraries linked before it can be deployed: {string.Join(", ", UnlinkedLibraries)}; this client does not link libraries");
        if (!IsDeployable) throw new ArtifactException($"{ContractName} has no bytecode (an interface or abstract contract)");
    }

    public override string ToString() => $"{SourceName}:{ContractName}";
}
