using Rollup.Core.Operations;
using Rollup.Core.State;
using Rollup.Sequencer.Rpc.Errors;

namespace Rollup.Sequencer.Rpc.Requests;

public sealed record PostOraclePriceParams(OraclePriceKind Kind, byte Underlying, ulong Timestamp, IReadOnlyList<OracleSubmissionDto> Submissions)
{
    public OraclePriceOperation ToCore()
    {
        if (Underlying >= Limits.MaxUnderlyings) throw RpcException.InvalidParams("underlying", $"must be below {Limits.MaxUnderlyings}");
        ParamCheck.Timestamp(Timestamp, "timestamp");
        ParamCheck.Count(Submissions, 1, Limits.MaxOracles, "submissions");
        var result = new OracleSubmission[Submissions.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var s = Submissions[i];
            if (s.OracleIndex >= Limits.MaxOracles) throw RpcException.InvalidParams($"submissions[{i}].oracleIndex", $"must be below {Limits.MaxOracles}");
            result[i] = new OracleSubmission(s.OracleIndex, ParamCheck.Price(s.Price, $"submissions[{i}].price"), s.Signature.ToCore($"submissions[{i}].signature"));
        }
        return new OraclePriceOperation(Kind, Underlying, Timestamp, result);
    }
}
