using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneStopBot.Persistence;

/// <summary>
/// Gives each pooled context a <see cref="KeptOpenConnection"/> and closes them all when the application stops:
/// EF does not dispose the connection of a context that is waiting in its pool when the pool goes.
/// </summary>
internal sealed class KeptOpenConnections : DbConnectionInterceptor, IDisposable
{
    private readonly Lock sync = new();
    private readonly List<KeptOpenConnection> created = [];
    private bool disposed;

    public override InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var connection = new KeptOpenConnection(eventData.ConnectionString!);
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            created.Add(connection);
        }

        return InterceptionResult<DbConnection>.SuppressWithResult(connection);
    }

    public void Dispose()
    {
        lock (sync)
        {
            disposed = true;
            foreach (var connection in created)
            {
                connection.Dispose();
            }

            created.Clear();
        }
    }
}
