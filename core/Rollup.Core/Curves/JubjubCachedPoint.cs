using Rollup.Core.Fields;

namespace Rollup.Core.Curves;

/// <summary>
/// A projective addend prepared once and added many times: (Y+X, Y−X, 2Z, 2d'·T) saves the sums
/// and the multiplication by 2d' in every addition that uses it.
/// </summary>
internal readonly struct JubjubCachedPoint
{
    internal readonly Fr YPlusX, YMinusX, Z2, T2D;

    internal JubjubCachedPoint(in Fr yPlusX, in Fr yMinusX, in Fr z2, in Fr t2d)
    {
        YPlusX = yPlusX; YMinusX = yMinusX; Z2 = z2; T2D = t2d;
    }
}
