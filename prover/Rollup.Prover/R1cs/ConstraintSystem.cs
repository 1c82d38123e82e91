using System.Runtime.InteropServices;
using Rollup.Core.Fields;
using Rollup.Prover.Formats;

namespace Rollup.Prover.R1cs;

/// <summary>
/// Builds an R1CS and its witness together: every variable is allocated with its value, so a
/// gadget computes values and constraints in one pass and the system can be checked at once.
/// Wire layout is snarkjs': 0 = one, then public inputs, then private wires; all public inputs
/// must therefore be allocated before the first private one.
/// </summary>
public sealed class ConstraintSystem
{
    private readonly List<Fr> _witness = [Fr.One];
    private readonly List<Constraint> _constraints = [];
    private readonly Stack<ConstraintScope> _scopes = new();
    private readonly Dictionary<string, int> _counts = [];

    public int PublicCount { get; private set; }

    /// <summary>All wires including wire 0.</summary>
    public int VariableCount => _witness.Count;

    public int ConstraintCount => _constraints.Count;

    public IReadOnlyList<Constraint> Constraints => _constraints;

    /// <summary>Constraints added inside each named scope, by path; repeated scopes accumulate.</summary>
    public IReadOnlyDictionary<string, int> ConstraintCountsByScope => _counts;

    public Variable AllocatePublic(in Fr value)
    {
        if (_witness.Count != PublicCount + 1)
            throw new InvalidOperationException("public inputs must be allocated before any private variable (snarkjs wire order)");
        PublicCount++;
        return Allocate(value);
    }

    public Variable AllocatePrivate(in Fr value) => Allocate(value);

    public Fr Value(Variable v) => _witness[v.Index];

    public Fr Value(in LinearCombination lc) => lc.Evaluate(CollectionsMarshal.AsSpan(_witness));

    /// <summary>Adds a · b = c.</summary>
    public void Enforce(in LinearCombination a, in LinearCombination b, in LinearCombination c)
    {
        foreach (var lc in (ReadOnlySpan<LinearCombination>)[a, b, c])
            foreach (var (wire, _) in lc.Terms)
                if (wire >= _witness.Count) throw new ArgumentException($"wire {wire} does not belong to this system");
        _constraints.Add(new Constraint(a, b, c));
    }

    public void EnforceEqual(in LinearCombination a, in LinearCombination b) => Enforce(a - b, Variable.One, LinearCombination.Zero);

    /// <summary>Allocates a private variable equal to a · b and constrains it: the usual product gate.</summary>
    public Variable Multiply(in LinearCombination a, in LinearCombination b)
    {
        var product = AllocatePrivate(Value(a) * Value(b));
        Enforce(a, b, product);
        return product;
    }

    /// <summary>Pins a combination to a fresh variable (one constraint), e.g. to keep later combinations short.</summary>
    public Variable Materialize(in LinearCombination lc)
    {
        var v = AllocatePrivate(Value(lc));
        EnforceEqual(v, lc);
        return v;
    }

    public ConstraintScope Scope(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var scope = new ConstraintScope(this, _scopes.Count == 0 ? name : _scopes.Peek().Path + "/" + name);
        _scopes.Push(scope);
        return scope;
    }

    internal void CloseScope(ConstraintScope scope, int added)
    {
        if (_scopes.Count == 0 || !ReferenceEquals(_scopes.Peek(), scope))
            throw new InvalidOperationException($"scope '{scope.Path}' closed out of order");
        _scopes.Pop();
        _counts[scope.Path] = _counts.GetValueOrDefault(scope.Path) + added;
    }

    public bool IsSatisfied(out int failingConstraintIndex) => IsSatisfiedBy(CollectionsMarshal.AsSpan(_witness), out failingConstraintIndex);

    /// <summary>Checks another assignment (e.g. a tampered copy of <see cref="Witness"/>) against these constraints.</summary>
    public bool IsSatisfiedBy(ReadOnlySpan<Fr> witness, out int failingConstraintIndex)
    {
        if (witness.Length != _witness.Count) throw new ArgumentException($"{witness.Length} values for {_witness.Count} wires", nameof(witness));
        for (int i = 0; i < _constraints.Count; i++)
        {
            var (a, b, c) = _constraints[i];
            if (a.Evaluate(witness) * b.Evaluate(witness) != c.Evaluate(witness))
            {
                failingConstraintIndex = i;
                return false;
            }
        }
        failingConstraintIndex = -1;
        return true;
    }

    public Fr[] Witness() => _witness.ToArray();

    /// <summary>
    /// The system as snarkjs reads it. Public variables are declared public inputs (snarkjs only
    /// uses their total); every wire gets its own index as label.
    /// </summary>
    public R1csFile ToR1csFile()
    {
        var constraints = _constraints.Select(c => new R1csConstraint(ToTerms(c.A), ToTerms(c.B), ToTerms(c.C))).ToArray();
        var labels = Enumerable.Range(0, _witness.Count).Select(i => (ulong)i).ToArray();
        return new R1csFile((uint)_witness.Count, 0, (uint)PublicCount, 0, (ulong)_witness.Count, constraints, labels);
    }

    private Variable Allocate(in Fr value)
    {
        _witness.Add(value);
        return new Variable(_witness.Count - 1);
    }

    private static R1csTerm[] ToTerms(in LinearCombination lc)
    {
        var terms = new R1csTerm[lc.Terms.Length];
        for (int i = 0; i < terms.Length; i++) terms[i] = new R1csTerm((uint)lc.Terms[i].Wire, lc.Terms[i].Coefficient);
        return terms;
    }
}
