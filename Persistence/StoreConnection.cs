namespace OneStopBot.Persistence;

/// <summary>Which database engine holds the data (configuration <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: nothing to install, one instance.</summary>
    Sqlite,

    /// <summary>A server: one database for a province's communes, shared by several instances.</summary>
    Postgres,
}

/// <summary>Where the data is: the engine and its connection string.</summary>
public sealed record StoreConnection(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Reads <c>Database:Provider</c> as an operator writes it ("Sqlite", "Postgres", any case).</summary>
    public static DatabaseProvider ParseProvider(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"Database:Provider \"{text}\" is not known: use Sqlite (the default, an embedded file) or Postgres."),
    };
}
