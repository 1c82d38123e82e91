using Rollup.Core.Ethereum;
using Rollup.Core.Signatures;

namespace Rollup.Core.Tests.Protocol;

internal sealed record Trader(string Name, uint Id, L1Address Address, PrivateKey Key);
