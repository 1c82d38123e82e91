namespace Rollup.SettlementClient.Verification;

/// <summary>A checkpoint file that cannot be used: unreadable, corrupted, of another deployment, or inconsistent with its own root.</summary>
public sealed class CheckpointException(string message, Exception? inner = null) : Exception(message, inner);
