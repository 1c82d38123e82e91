namespace Rollup.Core.Operations;

/// <summary>Operation type: also the first pubdata byte of each operation.</summary>
public enum OperationKind : byte
{
    Noop = 0,
    Deposit = 1,
    ForcedWithdrawal = 2,
    L1RegisterKey = 3,
    RegisterKey = 4,
    Trade = 5,
    Cancel = 6,
    Withdraw = 7,
    OraclePrice = 8,
    ListSeries = 9,
    Liquidate = 10,
    Settle = 11,
}
