using Rollup.Core.Fields;
using Rollup.Core.Hashing;

namespace Rollup.Core.State;

/// <summary>The terms that identify an option series; its identity is the Poseidon commitment to them.</summary>
public readonly record struct SeriesTerms(byte Underlying, ulong Strike, ulong Expiry, OptionKind Kind)
{
    /// <summary>Poseidon(underlying, strike, expiry, kind): the series leaf and its identity.</summary>
    public Fr Commitment() => Poseidon.Hash([Fr.FromUInt64(Underlying), Fr.FromUInt64(Strike), Fr.FromUInt64(Expiry), Fr.FromUInt64((ulong)Kind)]);

    /// <summary>The expiry day number: expiry = day * 86400 + 28800.</summary>
    public ushort ExpiryDay => (ushort)((Expiry - Limits.ExpiryTimeOfDay) / Limits.SecondsPerDay);

    public static ulong ExpiryOfDay(ushort day) => day * Limits.SecondsPerDay + Limits.ExpiryTimeOfDay;

    /// <summary>Intrinsic value per contract at underlying price s.</summary>
    public ulong Intrinsic(ulong s) => Kind == OptionKind.Call
        ? (s > Strike ? s - Strike : 0)
        : (Strike > s ? Strike - s : 0);

    /// <summary>How far out of the money per contract at price s (0 when in the money).</summary>
    public ulong OutOfTheMoney(ulong s) => Kind == OptionKind.Call
        ? (Strike > s ? Strike - s : 0)
        : (s > Strike ? s - Strike : 0);
}
