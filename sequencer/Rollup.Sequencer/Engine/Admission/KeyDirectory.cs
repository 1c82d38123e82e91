using System.Collections.Concurrent;
using Rollup.Core.Fields;
using Rollup.Core.State;

namespace Rollup.Sequencer.Engine.Admission;

/// <summary>
/// The accounts' L2 keys as of the last applied command, readable from any thread, so that
/// signatures can be checked on the callers' threads while the single writer mutates the
/// state. The writer updates it after every command that can set a key; a check made against
/// a key that has changed since is redone by the writer.
/// </summary>
internal sealed class KeyDirectory
{
    private readonly ConcurrentDictionary<uint, AccountKey> _keys = new();

    public bool TryGet(uint account, out AccountKey key) => _keys.TryGetValue(account, out key);

    public void Update(Account account)
    {
        if (account.HasKey) _keys[account.Id] = new AccountKey(account.PublicKeyX, account.PublicKeyY);
        else _keys.TryRemove(account.Id, out _);
    }

    public void Load(RollupState state)
    {
        _keys.Clear();
        foreach (var a in state.Accounts) Update(a);
    }
}
