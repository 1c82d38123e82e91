namespace Rollup.Sequencer.Engine.Admission;

/// <summary>A command's signatures verified before the writer: against this account key, or none checked yet.</summary>
internal readonly record struct PreVerified(bool Checked, AccountKey Key)
{
    public static readonly PreVerified None = default;

    public static PreVerified With(AccountKey key) => new(true, key);

    public bool Covers(in AccountKey current) => Checked && Key == current;
}
