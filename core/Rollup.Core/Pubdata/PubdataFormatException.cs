namespace Rollup.Core.Pubdata;

/// <summary>Pubdata that does not decode: truncated, an unknown operation type, or a field out of range.</summary>
public sealed class PubdataFormatException(string message) : FormatException(message);
