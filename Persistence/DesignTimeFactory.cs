using Microsoft.EntityFrameworkCore.Design;

namespace OneStopBot.Persistence;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteOneStopDbContext</c> build the context without starting the bot.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOneStopDbContext>
{
    public SqliteOneStopDbContext CreateDbContext(string[] args) =>
        (SqliteOneStopDbContext)PersistenceRegistration.NewContext(new StoreConnection(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}

/// <summary>The same for <c>--context PostgresOneStopDbContext</c>; adding a migration needs no server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOneStopDbContext>
{
    public PostgresOneStopDbContext CreateDbContext(string[] args) =>
        (PostgresOneStopDbContext)PersistenceRegistration.NewContext(new StoreConnection(DatabaseProvider.Postgres, "Host=localhost;Database=onestop_design"));
}
