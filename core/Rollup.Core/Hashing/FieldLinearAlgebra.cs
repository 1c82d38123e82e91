using Rollup.Core.Fields;

namespace Rollup.Core.Hashing;

/// <summary>
/// Dense square-matrix helpers over Fr (row-major arrays), used only while precomputing
/// constants, so clarity wins over speed here.
/// </summary>
internal static class FieldLinearAlgebra
{
    /// <summary>a * b for n x n matrices.</summary>
    public static Fr[] Multiply(ReadOnlySpan<Fr> a, ReadOnlySpan<Fr> b, int n)
    {
        var product = new Fr[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                var acc = Fr.Zero;
                for (int k = 0; k < n; k++) acc += a[i * n + k] * b[k * n + j];
                product[i * n + j] = acc;
            }
        return product;
    }

    /// <summary>m * v for an n x n matrix.</summary>
    public static Fr[] Apply(ReadOnlySpan<Fr> m, ReadOnlySpan<Fr> v, int n)
    {
        var result = new Fr[n];
        for (int i = 0; i < n; i++)
        {
            var acc = Fr.Zero;
            for (int j = 0; j < n; j++) acc += m[i * n + j] * v[j];
            result[i] = acc;
        }
        return result;
    }

    /// <summary>The inverse by Gauss-Jordan elimination; throws if the matrix is singular.</summary>
    public static Fr[] Invert(ReadOnlySpan<Fr> m, int n)
    {
        var a = m.ToArray();
        var inv = new Fr[n * n];
        for (int i = 0; i < n; i++) inv[i * n + i] = Fr.One;

        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            while (pivot < n && a[pivot * n + col].IsZero) pivot++;
            if (pivot == n) throw new InvalidOperationException("matrix is singular");
            if (pivot != col)
            {
                SwapRows(a, n, pivot, col);
                SwapRows(inv, n, pivot, col);
            }
            var scale = Fr.Inverse(a[col * n + col]);
            for (int j = 0; j < n; j++)
            {
                a[col * n + j] *= scale;
                inv[col * n + j] *= scale;
            }
            for (int row = 0; row < n; row++)
            {
                if (row == col) continue;
                var factor = a[row * n + col];
                if (factor.IsZero) continue;
                for (int j = 0; j < n; j++)
                {
                    a[row * n + j] -= factor * a[col * n + j];
                    inv[row * n + j] -= factor * inv[col * n + j];
                }
            }
        }
        return inv;
    }

    private static void SwapRows(Fr[] m, int n, int r1, int r2)
    {
        for (int j = 0; j < n; j++)
            (m[r1 * n + j], m[r2 * n + j]) = (m[r2 * n + j], m[r1 * n + j]);
    }
}
