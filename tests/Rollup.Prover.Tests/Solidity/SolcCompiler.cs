using System.Text.Json;
using Rollup.Prover.Tests.Interop;

namespace Rollup.Prover.Tests.Solidity;

/// <summary>Compiles Solidity with the repository's solc-js through scripts/solc-compile.mjs.</summary>
internal static class SolcCompiler
{
    public static CompiledContract Compile(string source, string contractName)
    {
        // Checked first so a missing install names the package, not a node stack trace.
        RepositoryRoot.NodeModuleFile("solc", "package.json");
        var script = Path.Combine(RepositoryRoot.Path, "scripts", "solc-compile.mjs");
        var dir = Directory.CreateTempSubdirectory("solc-").FullName;
        try
        {
            var file = Path.Combine(dir, contractName + ".sol");
            File.WriteAllText(file, source);
            var (exitCode, output, error) = NodeCli.Run(script, file);
            if (exitCode != 0) throw new InvalidOperationException($"solc failed (exit {exitCode}): {error}");
            using var doc = JsonDocument.Parse(output);
            var root = doc.RootElement;
            if (!root.GetProperty("contracts").TryGetProperty(contractName, out var contract))
                throw new InvalidOperationException($"solc output has no contract {contractName}");
            return new CompiledContract(
                root.GetProperty("compiler").GetString()!,
                contract.GetProperty("bytecode").GetString()!,
                Convert.FromHexString(contract.GetProperty("deployedBytecode").GetString()![2..]).Length,
                root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToArray());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
