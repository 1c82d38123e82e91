using Rollup.Core.Fields.Lanes;

namespace Rollup.Core.Curves.Lanes;

/// <summary>Eight sums before their last multiplications, as <see cref="JubjubCompletedPoint"/>: u = E/G, v = H/F.</summary>
internal struct JubjubCompleted8
{
    public Lanes8 E, F, G, H;
}
