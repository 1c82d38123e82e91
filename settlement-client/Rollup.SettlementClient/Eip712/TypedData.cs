namespace Rollup.SettlementClient.Eip712;

/// <summary>
/// An EIP-712 message: its domain, the struct types it uses (without EIP712Domain), the
/// primary type and the message values. Struct values are dictionaries keyed by field name;
/// scalars follow the ABI value conventions (integers as BigInteger or decimal strings,
/// addresses as L1Address or strings, bytes as byte[] or hex).
/// </summary>
public sealed record TypedData(
    Eip712Domain Domain,
    IReadOnlyDictionary<string, IReadOnlyList<TypedDataField>> Types,
    string PrimaryType,
    IReadOnlyDictionary<string, object?> Message);
