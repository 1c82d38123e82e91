using System.Collections.Concurrent;

namespace Rollup.SettlementClient.Contracts.Artifacts;

/// <summary>
/// Finds Hardhat artifacts by contract name under an artifacts directory (contracts/artifacts:
/// &lt;source path&gt;/&lt;Name&gt;.json, build-info skipped). Loaded artifacts are cached. A name
/// defined in two sources is refused rather than guessed.
/// </summary>
public sealed class ArtifactStore
{
    private const string BuildHint = "run `npx hardhat build` (or ./test.sh) to compile the contracts";

    private readonly ConcurrentDictionary<string, ContractArtifact> _loaded = new(StringComparer.Ordinal);

    public ArtifactStore(string artifactsDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(artifactsDirectory);
        Directory = Path.GetFullPath(artifactsDirectory);
    }

    public string Directory { get; }

    /// <summary>The store over &lt;repository&gt;/contracts/artifacts.</summary>
    public static ArtifactStore ForRepository(string repositoryRoot) => new(Path.Combine(repositoryRoot, "contracts", "artifacts"));

    public ContractArtifact Get(string contractName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contractName);
        return _loaded.GetOrAdd(contractName, Load);
    }

    private ContractArtifact Load(string contractName)
    {
        if (!System.IO.Directory.Exists(Directory))
            throw new ArtifactNotFoundException(contractName, $"no artifacts directory {Directory}: {BuildHint}");
        var fileName = contractName + ".json";
        var matches = new List<string>();
        var pending = new Stack<string>();
        pending.Push(Directory);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var sub in System.IO.Directory.EnumerateDirectories(dir))
                if (Path.GetFileName(sub) != "build-info") pending.Push(sub);
            var candidate = Path.Combine(dir, fileName);
            if (File.Exists(candidate)) matches.Add(candidate);
        }
        if (matches.Count == 0)
            throw new ArtifactNotFoundException(contractName, $"no artifact for contract {contractName} under {Directory}: {BuildHint}");
        if (matches.Count > 1)
            throw new ArtifactException($"contract name {contractName} is ambiguous under {Directory}: {string.Join(", ", matches.Order(StringComparer.Ordinal))}");
        var artifact = ContractArtifact.Load(matches[0]);
        if (artifact.ContractName != contractName)
            throw new ArtifactException($"{matches[0]} holds contract {artifact.ContractName}, not {contractName}");
        return artifact;
    }
}
