using Rollup.Core.Signatures;

namespace Rollup.Sequencer.Engine.Admission;

/// <summary>A signature to verify against the account key the engine knows for its signer; the message is still to be hashed.</summary>
internal readonly record struct SignatureRequest(MessageInputs Message, Signature Signature, AccountKey Key);
