using Rollup.Core.Operations;

namespace Rollup.Sequencer.Rpc.Requests;

/// <summary>Amount in micro-USD as a decimal string (63 bits).</summary>
public sealed record WithdrawParams(uint AccountId, string Amount, uint Nonce, SignatureDto Signature)
{
    public WithdrawOperation ToCore() => new(AccountId, ParamCheck.Amount(Amount, "amount"), Nonce, Signature.ToCore("signature"));
}
