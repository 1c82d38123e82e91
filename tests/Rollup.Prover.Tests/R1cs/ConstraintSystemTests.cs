using Rollup.Core.Fields;
using Rollup.Prover.Formats;
using Rollup.Prover.R1cs;

namespace Rollup.Prover.Tests.R1cs;

public class ConstraintSystemTests
{
    // Public z = x * y + 3, private x and y.
    private static (ConstraintSystem Cs, Variable Z, Variable X, Variable Y) Circuit(ulong x, ulong y)
    {
        var cs = new ConstraintSystem();
        var z = cs.AllocatePublic(Fr.FromUInt64(x * y + 3));
        var vx = cs.AllocatePrivate(Fr.FromUInt64(x));
        var vy = cs.AllocatePrivate(Fr.FromUInt64(y));
        var xy = cs.Multiply(vx, vy);
        cs.EnforceEqual(z, xy + Fr.FromUInt64(3));
        return (cs, z, vx, vy);
    }

    [Fact]
    public void Honest_witness_satisfies_and_layout_is_one_public_private()
    {
        var (cs, z, x, y) = Circuit(6, 7);
        Assert.True(cs.IsSatisfied(out int failing));
        Assert.Equal(-1, failing);
        Assert.Equal(0, Variable.One.Index);
        Assert.Equal(1, z.Index);
        Assert.Equal(2, x.Index);
        Assert.Equal(3, y.Index);
        Assert.Equal(1, cs.PublicCount);
        Assert.Equal(2, cs.ConstraintCount);
        Assert.Equal(Fr.FromUInt64(45), cs.Value(z));
    }

    [Fact]
    public void Tampered_wire_reports_the_failing_constraint()
    {
        var (cs, _, _, _) = Circuit(6, 7);
        var w = cs.Witness();
        for (int wire = 1; wire < w.Length; wire++)
        {
            var t = (Fr[])w.Clone();
            t[wire] += Fr.One;
            Assert.False(cs.IsSatisfiedBy(t, out int failing));
            Assert.InRange(failing, 0, cs.ConstraintCount - 1);
        }
    }

    [Fact]
    public void Public_after_private_is_refused()
    {
        var cs = new ConstraintSystem();
        cs.AllocatePrivate(Fr.One);
        Assert.Throws<InvalidOperationException>(() => cs.AllocatePublic(Fr.One));
    }

    [Fact]
    public void Foreign_wire_is_refused()
    {
        var cs = new ConstraintSystem();
        Assert.Throws<ArgumentException>(() => cs.Enforce(new Variable(5), Variable.One, LinearCombination.Zero));
    }

    [Fact]
    public void Export_reads_back_as_snarkjs_files_and_stays_satisfied()
    {
        var (cs, _, _, _) = Circuit(123456789, 987654321);
        var r1csBytes = R1csFormat.Write(cs.ToR1csFile());
        var wtnsBytes = WtnsFormat.Write(cs.Witness());
        var r1cs = R1csFormat.Read(r1csBytes);
        var witness = WtnsFormat.Read(wtnsBytes);
        Assert.Equal((uint)cs.VariableCount, r1cs.WireCount);
        Assert.Equal(1, r1cs.PublicCount);
        Assert.Equal(cs.ConstraintCount, r1cs.Constraints.Count);
        Assert.True(r1cs.IsSatisfiedBy(witness, out _));
        Assert.Equal(r1csBytes, R1csFormat.Write(r1cs));
        witness[2] += Fr.One;
        Assert.False(r1cs.IsSatisfiedBy(witness, out _));
    }

    [Fact]
    public void Scopes_count_their_constraints_by_path()
    {
        var cs = new ConstraintSystem();
        var a = cs.AllocatePrivate(Fr.FromUInt64(2));
        using (cs.Scope("outer"))
        {
            cs.Multiply(a, a);
            using (cs.Scope("inner"))
            {
                cs.Multiply(a, a);
                cs.Multiply(a, a);
            }
        }
        using (cs.Scope("outer")) cs.Multiply(a, a);
        Assert.Equal(4, cs.ConstraintCountsByScope["outer"]);
        Assert.Equal(2, cs.ConstraintCountsByScope["outer/inner"]);
    }

    [Fact]
    public void Linear_combinations_merge_and_cancel()
    {
        var cs = new ConstraintSystem();
        var a = cs.AllocatePrivate(Fr.FromUInt64(5));
        var b = cs.AllocatePrivate(Fr.FromUInt64(11));
        var two = Fr.FromUInt64(2);
        LinearCombination lc = (LinearCombination)a * two + b - a + Fr.FromUInt64(4);
        Assert.Equal(Fr.FromUInt64(5 * 2 + 11 - 5 + 4), cs.Value(lc));
        Assert.Equal(3, lc.Terms.Length);
        Assert.Equal([0, 1, 2], lc.Terms.ToArray().Select(t => t.Wire).ToArray());
        Assert.True((lc - lc).Terms.IsEmpty);
        Assert.True((lc * Fr.Zero).Terms.IsEmpty);
        Assert.Equal(cs.Value(lc) * two, cs.Value(two * lc));
        Assert.Equal(-cs.Value(lc), cs.Value(-lc));
    }

    [Fact]
    public void Materialize_pins_a_combination_with_one_constraint()
    {
        var cs = new ConstraintSystem();
        var a = cs.AllocatePrivate(Fr.FromUInt64(4));
        var m = cs.Materialize(a * Fr.FromUInt64(3) + Fr.One);
        Assert.Equal(Fr.FromUInt64(13), cs.Value(m));
        Assert.Equal(1, cs.ConstraintCount);
        var w = cs.Witness();
        w[m.Index] = Fr.FromUInt64(12);
        Assert.False(cs.IsSatisfiedBy(w, out int failing));
        Assert.Equal(0, failing);
    }
}
