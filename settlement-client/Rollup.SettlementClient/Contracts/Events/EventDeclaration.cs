using Rollup.SettlementClient.Abi;

namespace Rollup.SettlementClient.Contracts.Events;

/// <summary>
/// Parses an event as Solidity declares it, "Name(type [indexed] name, ...)", into an
/// <see cref="AbiEvent"/>. Event parameters here are elementary types, so a comma always ends one.
/// </summary>
internal static class EventDeclaration
{
    public static AbiEvent Parse(string declaration)
    {
        int open = declaration.IndexOf('(');
        if (open <= 0 || !declaration.EndsWith(')')) throw new AbiException($"malformed event declaration '{declaration}'");
        var parameters = new List<AbiEventParameter>();
        var body = declaration[(open + 1)..^1];
        if (body.Trim().Length > 0)
        {
            foreach (var part in body.Split(','))
            {
                var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var parameter = words switch
                {
                    [var type, "indexed", var name] => new AbiEventParameter(name, AbiType.Parse(type), true),
                    [var type, var name] when name != "indexed" => new AbiEventParameter(name, AbiType.Parse(type), false),
                    _ => throw new AbiException($"malformed parameter '{part.Trim()}' in '{declaration}'"),
                };
                parameters.Add(parameter);
            }
        }
        return new AbiEvent(declaration[..open], parameters);
    }
}
