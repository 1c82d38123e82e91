using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Core.Execution;

/// <summary>
/// Signatures a caller already verified, exactly as the state transition would (same message,
/// signature and key). A sequencer verifies on many threads before its single writer applies the
/// operation; without this the writer would verify every signature a second time, serially.
/// Only a triple that was verified may be reported: the transition trusts the answer.
/// </summary>
public interface IVerifiedSignatures
{
    bool Contains(in Fr message, in Signature signature, in Fr keyX, in Fr keyY);
}
