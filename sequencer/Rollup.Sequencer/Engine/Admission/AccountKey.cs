using Rollup.Core.Fields;

namespace Rollup.Sequencer.Engine.Admission;

/// <summary>An account's L2 public key (Baby Jubjub coordinates).</summary>
internal readonly record struct AccountKey(Fr X, Fr Y);
