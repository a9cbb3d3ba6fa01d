namespace Kabar.Storage;

/// <summary>
/// The store cannot be used or written: not a Kabar database, a newer schema, a read-only or full
/// disk, another writer holding it too long. The message names the store and what to do; what
/// was committed before stays stored.
/// </summary>
public sealed class StoreException(string message, Exception? inner = null, StoreProblem problem = StoreProblem.Other) : Exception(message, inner)
{
    public StoreProblem Problem { get; } = problem;
}

/// <summary>The kinds of store problem a caller may act on (a read-only store can still be read).</summary>
public enum StoreProblem { Other, ReadOnly, Full, Busy }
