using System.Text;
using Rollup.Core.Hashing;
using Rollup.SettlementClient.Abi;

namespace Rollup.SettlementClient.Eip712;

/// <summary>
/// EIP-712 hashing: encodeType puts the primary type first and its referenced struct types
/// after it in alphabetical order; hashStruct = keccak256(typeHash ‖ encodeData); bytes and
/// string hash to their keccak256, arrays to keccak256 of their encoded elements, nested
/// structs to their hashStruct; the digest is keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(message)).
/// </summary>
public static class TypedDataEncoder
{
    public static string EncodeType(IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> types, string primaryType)
    {
        var dependencies = new SortedSet<string>(StringComparer.Ordinal);
        CollectDependencies(types, primaryType, dependencies);
        dependencies.Remove(primaryType);
        var sb = new StringBuilder();
        AppendType(sb, types, primaryType);
        foreach (var dependency in dependencies) AppendType(sb, types, dependency);
        return sb.ToString();
    }

    public static byte[] TypeHash(IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> types, string primaryType) =>
        Keccak256.Hash(Encoding.UTF8.GetBytes(EncodeType(types, primaryType)));

    public static byte[] HashStruct(IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> types, string typeName, IReadOnlyDictionary<string, object?> data)
    {
        var fields = FieldsOf(types, typeName);
        var encoded = new byte[32 * (fields.Count + 1)];
        TypeHash(types, typeName).CopyTo(encoded, 0);
        for (int i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (!data.TryGetValue(field.Name, out var value))
                throw new TypedDataException($"{typeName}: missing value for field '{field.Name}'");
            EncodeField(types, field.Type, value, $"{typeName}.{field.Name}").CopyTo(encoded, 32 * (i + 1));
        }
        if (data.Count != fields.Count)
            foreach (var key in data.Keys)
                if (!ContainsField(fields, key)) throw new TypedDataException($"{typeName}: value for unknown field '{key}'");
        return Keccak256.Hash(encoded);
    }

    public static byte[] HashDomain(Eip712Domain domain)
    {
        var types = new Dictionary<string, IReadOnlyList<TypedDataField>> { [Eip712Domain.TypeName] = domain.Fields() };
        return HashStruct(types, Eip712Domain.TypeName, domain.Values());
    }

    /// <summary>0x19 0x01 ‖ domainSeparator ‖ hashStruct(message): the 66 bytes whose hash is signed.</summary>
    public static byte[] EncodeTypedData(TypedData typedData)
    {
        if (typedData.Types.ContainsKey(Eip712Domain.TypeName))
            throw new TypedDataException("types must not define EIP712Domain; it is derived from the domain");
        var encoded = new byte[66];
        encoded[0] = 0x19;
        encoded[1] = 0x01;
        HashDomain(typedData.Domain).CopyTo(encoded, 2);
        HashStruct(typedData.Types, typedData.PrimaryType, typedData.Message).CopyTo(encoded, 34);
        return encoded;
    }

    public static byte[] GetDigest(TypedData typedData) => Keccak256.Hash(EncodeTypedData(typedData));

    private static byte[] EncodeField(IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> types, string type, object? value, string path)
    {
        if (type.EndsWith(']'))
        {
            var arrayType = ParseArray(type, path);
            if (value is string or byte[] or null || value is not System.Collections.IEnumerable)
                throw new TypedDataException($"{path}: expected an array for {type}");
            var items = new List<object?>();
            foreach (var item in (System.Collections.IEnumerable)value) items.Add(item);
            if (arrayType.Length is { } n && items.Count != n)
                throw new TypedDataException($"{path}: {type} needs {n} elements, got {items.Count}");
            var concatenated = new byte[32 * items.Count];
            for (int i = 0; i < items.Count; i++)
                EncodeField(types, arrayType.Element, items[i], $"{path}[{i}]").CopyTo(concatenated, 32 * i);
            return Keccak256.Hash(concatenated);
        }
        if (types.ContainsKey(type))
        {
            if (value is not IReadOnlyDictionary<string, object?> nested)
                throw new TypedDataException($"{path}: expected a struct value for {type}");
            return HashStruct(types, type, nested);
        }
        try
        {
            switch (type)
            {
                case "string":
                    if (value is not string text) throw new TypedDataException($"{path}: expected a string");
                    return Keccak256.Hash(Encoding.UTF8.GetBytes(text));
                case "bytes":
                    return Keccak256.Hash(AbiValueConverter.ToBytes(value, "bytes"));
                default:
                    var abiType = AbiType.Parse(type);
                    if (abiType.IsDynamic || abiType.Kind is AbiTypeKind.Tuple or AbiTypeKind.Array)
                        throw new TypedDataException($"{path}: unknown type '{type}'");
                    return AbiEncoder.Encode([abiType], [value]);
            }
        }
        catch (AbiException e)
        {
            throw new TypedDataException($"{path}: {e.Message}");
        }
    }

    private static (string Element, int? Length) ParseArray(string type, string path)
    {
        int open = type.LastIndexOf('[');
        if (open <= 0) throw new TypedDataException($"{path}: malformed array type '{type}'");
        var lengthText = type[(open + 1)..^1];
        if (lengthText.Length == 0) return (type[..open], null);
        if (!int.TryParse(lengthText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
            throw new TypedDataException($"{path}: malformed array length in '{type}'");
        return (type[..open], n);
    }

    private static void CollectDependencies(IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> types, string typeName, SortedSet<string> found)
    {
        var baseName = BaseType(typeName);
        if (!types.TryGetValue(baseName, out var fields) || !found.Add(baseName)) return;
        foreach (var field in fields) CollectDependencies(types, field.Type, found);
    }

    private static void AppendType(StringBuilder sb, IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> types, string typeName)
    {
        var fields = FieldsOf(types, typeName);
        sb.Append(typeName).Append('(');
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(fields[i].Type).Append(' ').Append(fields[i].Name);
        }
        sb.Append(')');
    }

    private static IReadOnlyList<TypedDataField> FieldsOf(IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> types, string typeName) =>
        types.TryGetValue(typeName, out var fields) ? fields : throw new TypedDataException($"unknown struct type '{typeName}'");

    private static string BaseType(string type)
    {
        int bracket = type.IndexOf('[');
        return bracket < 0 ? type : type[..bracket];
    }

    private static bool ContainsField(IReadOnlyList<TypedDataField> fields, string name)
    {
        foreach (var f in fields) if (f.Name == name) return true;
        return false;
    }
}
