using Rollup.Core.Ethereum;
using Rollup.Core.Fields;

namespace Rollup.Core.State;

/// <summary>
/// Everything fixed at genesis: chain binding for signatures, tree depths, risk parameters,
/// the underlyings with their strike steps, the oracle keys and the owners of the fee and
/// insurance accounts. The contract stores the genesis root computed from it.
/// </summary>
public sealed record GenesisConfig
{
    public ulong ChainId { get; init; } = 31337;
    public L1Address VerifyingContract { get; init; } = L1Address.Zero;
    public int AccountsDepth { get; init; } = 24;
    public int FillsDepth { get; init; } = 12;
    public RiskParameters Risk { get; init; } = new();
    /// <summary>Strike step per underlying id; the index in the list is the underlying id.</summary>
    public IReadOnlyList<ulong> UnderlyingStrikeSteps { get; init; } = [];
    public IReadOnlyList<(Fr X, Fr Y)> OracleKeys { get; init; } = [];
    public L1Address FeeAccountOwner { get; init; } = L1Address.Zero;
    public L1Address InsuranceAccountOwner { get; init; } = L1Address.Zero;

    public void Validate()
    {
        if (AccountsDepth < 2 || AccountsDepth > Limits.AccountIdBits)
            throw new ArgumentOutOfRangeException(nameof(AccountsDepth), AccountsDepth, "accounts depth must be 2..32");
        if (FillsDepth < 1 || FillsDepth > Limits.OrderIdBits)
            throw new ArgumentOutOfRangeException(nameof(FillsDepth), FillsDepth, "fills depth must be 1..32");
        if (UnderlyingStrikeSteps.Count > Limits.MaxUnderlyings)
            throw new ArgumentOutOfRangeException(nameof(UnderlyingStrikeSteps), "at most 16 underlyings");
        foreach (var step in UnderlyingStrikeSteps)
            if (step == 0 || step > Limits.MaxPrice) throw new ArgumentOutOfRangeException(nameof(UnderlyingStrikeSteps), step, "strike step must be 1..2^48-1");
        if (OracleKeys.Count > Limits.MaxOracles)
            throw new ArgumentOutOfRangeException(nameof(OracleKeys), "at most 8 oracle keys");
        if (OracleKeys.Count < Risk.OracleQuorum && OracleKeys.Count > 0)
            throw new ArgumentOutOfRangeException(nameof(OracleKeys), "fewer oracle keys than the quorum");
        Risk.Validate();
    }
}
