using Rollup.Core.Fields.Lanes;

namespace Rollup.Core.Curves.Lanes;

/// <summary>Eight points in the extended coordinates of <see cref="JubjubExtendedPoint"/> (X : Y : Z : T), one per lane.</summary>
internal struct JubjubExtended8
{
    public Lanes8 X, Y, Z, T;
}
