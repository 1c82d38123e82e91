using Rollup.Core.Fields;
using Rollup.Core.Signatures;

namespace Rollup.Sequencer.Engine.Admission;

/// <summary>A signature to verify against the account key the engine knows for its signer.</summary>
internal readonly record struct SignatureRequest(Fr Message, Signature Signature, AccountKey Key);
