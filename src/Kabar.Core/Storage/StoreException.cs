namespace Kabar.Storage;

/// <summary>
/// The store cannot be used or written: not a Kabar database, a newer schema, a read-only or full
/// disk, another writer holding it too long. The message names the store and what to do; what
/// was committed before stays stored.
/// </summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
