using System.Runtime.CompilerServices;

namespace Rollup.Core.Curves.Lanes;

/// <summary>One fixed-base table per lane, without an array to allocate per group.</summary>
[InlineArray(8)]
internal struct FixedTables8
{
    private FixedBaseTable _element;
}
