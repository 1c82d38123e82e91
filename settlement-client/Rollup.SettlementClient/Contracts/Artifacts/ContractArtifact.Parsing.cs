using System.Text.Json;
using Rollup.SettlementClient.Abi;

namespace Rollup.SettlementClient.Contracts.Artifacts;

public sealed partial class ContractArtifact
{
    private ContractArtifact(string contractName, string sourceName, string bytecodeHex, IReadOnlyList<AbiType> constructorInputs,
        Dictionary<string, List<ContractFunction>> functions, Dictionary<string, AbiEvent> events, List<ContractError> errors, IReadOnlyList<string> unlinked)
    {
        ContractName = contractName;
        SourceName = sourceName;
        _bytecodeHex = bytecodeHex;
        ConstructorInputs = constructorInputs;
        _functions = functions;
        _events = events;
        _errors = errors;
        UnlinkedLibraries = unlinked;
    }

    public static ContractArtifact Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArtifactException($"cannot read artifact {path}: {e.Message}", e);
        }
        return Parse(json, path);
    }

    /// <param name="origin">Where the JSON came from, for error messages.</param>
    public static ContractArtifact Parse(string json, string origin = "artifact")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ArtifactException($"{origin} is not JSON: {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ArtifactException($"{origin} is not a JSON object");
            var name = ArtifactJson.String(root, "contractName", origin);
            var where = $"{origin} ({name})";
            var source = root.TryGetProperty("sourceName", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
            var bytecode = ArtifactJson.String(root, "bytecode", where);
            if (!bytecode.StartsWith("0x", StringComparison.Ordinal)) throw new ArtifactException($"{where}: bytecode does not start with 0x");

            var functions = new Dictionary<string, List<ContractFunction>>(StringComparer.Ordinal);
            var events = new Dictionary<string, AbiEvent>(StringComparer.Ordinal);
            var errors = new List<ContractError>();
            IReadOnlyList<AbiType> constructorInputs = [];
            foreach (var entry in ArtifactJson.Array(root, "abi", where).EnumerateArray())
            {
                var type = ArtifactJson.String(entry, "type", where);
                switch (type)
                {
                    case "function":
                    {
                        var fn = ArtifactJson.String(entry, "name", where);
                        var at = $"{where} function {fn}";
                        var mutability = entry.TryGetProperty("stateMutability", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "nonpayable";
                        var function = new ContractFunction(new AbiFunction(fn, AbiJsonType.ReadList(entry, "inputs", at)), AbiJsonType.ReadList(entry, "outputs", at), mutability);
                        if (!functions.TryGetValue(fn, out var list)) functions[fn] = list = [];
                        list.Add(function);
                        break;
                    }
                    case "error":
                    {
                        var en = ArtifactJson.String(entry, "name", where);
                        errors.Add(new ContractError(new AbiFunction(en, AbiJsonType.ReadList(entry, "inputs", $"{where} error {en}")), AbiJsonType.ReadNames(entry, "inputs")));
                        break;
                    }
                    case "event":
                    {
                        var evn = ArtifactJson.String(entry, "name", where);
                        events[evn] = ReadEvent(entry, evn, $"{where} event {evn}");
                        break;
                    }
                    case "constructor":
                        constructorInputs = AbiJsonType.ReadList(entry, "inputs", $"{where} constructor");
                        break;
                }
            }
            return new ContractArtifact(name, source, bytecode, constructorInputs, functions, events, errors, ReadLinkReferences(root, where));
        }
    }

    private static AbiEvent ReadEvent(JsonElement entry, string name, string where)
    {
        var parameters = new List<AbiEventParameter>();
        foreach (var p in ArtifactJson.Array(entry, "inputs", where).EnumerateArray())
        {
            var indexed = p.TryGetProperty("indexed", out var i) && i.ValueKind == JsonValueKind.True;
            var pname = p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
            parameters.Add(new AbiEventParameter(pname, AbiJsonType.Read(p, where), indexed));
        }
        return new AbiEvent(name, parameters);
    }

    /// <summary>linkReferences is {file: {library: [{start, length}]}}; any entry means placeholders in the bytecode.</summary>
    private static List<string> ReadLinkReferences(JsonElement root, string where)
    {
        var unlinked = new List<string>();
        if (!root.TryGetProperty("linkReferences", out var refs) || refs.ValueKind == JsonValueKind.Null) return unlinked;
        if (refs.ValueKind != JsonValueKind.Object) throw new ArtifactException($"{where}: linkReferences is not an object");
        foreach (var file in refs.EnumerateObject())
        {
            if (file.Value.ValueKind != JsonValueKind.Object) throw new ArtifactException($"{where}: linkReferences.{file.Name} is not an object");
            foreach (var library in file.Value.EnumerateObject()) unlinked.Add($"{file.Name}:{library.Name}");
        }
        return unlinked;
    }
}
