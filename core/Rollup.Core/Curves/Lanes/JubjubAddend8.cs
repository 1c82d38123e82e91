using Rollup.Core.Fields.Lanes;

namespace Rollup.Core.Curves.Lanes;

/// <summary>
/// Eight addends in the cached form of <see cref="JubjubCachedPoint"/> (Y+X, Y−X, 2Z, 2d'·T); an
/// affine table entry (<see cref="JubjubNielsPoint"/>) is the same with 2Z = 2.
/// </summary>
internal struct JubjubAddend8
{
    public Lanes8 YPlusX, YMinusX, Z2, T2D;
}
