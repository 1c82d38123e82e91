namespace Rollup.SettlementClient.Abi;

public enum AbiTypeKind
{
    UInt,
    Int,
    Address,
    Bool,
    FixedBytes,
    Bytes,
    String,
    Array,
    Tuple,
}
