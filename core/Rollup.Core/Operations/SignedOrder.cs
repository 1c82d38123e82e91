using Rollup.Core.Signatures;

namespace Rollup.Core.Operations;

public sealed record SignedOrder(Order Order, Signature Signature);
