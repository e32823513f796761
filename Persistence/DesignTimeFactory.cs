using Microsoft.EntityFrameworkCore.Design;

namespace OneStopBot.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the bot.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<OneStopDbContext>
{
    public OneStopDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.Options("Data Source=design-time.db"));
}
