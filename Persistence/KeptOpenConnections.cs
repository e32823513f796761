using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneStopBot.Persistence;

/// <summary>
/// Gives each pooled context a <see cref="KeptOpenConnection"/> and closes them when the application stops: EF does not
/// dispose the connection of a context that is waiting in its pool when the pool goes. A connection EF disposes itself
/// (a context dropped from a full pool) is forgotten.
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
            if (disposed)
            {
                connection.Retire();
            }
            else
            {
                created.Add(connection);
                connection.Disposed += (_, _) => Forget(connection);
            }
        }

        return InterceptionResult<DbConnection>.SuppressWithResult(connection);
    }

    /// <summary>Closes the idle connections now; one still in use closes when its context is done with it.</summary>
    public void Dispose()
    {
        List<KeptOpenConnection> all;
        lock (sync)
        {
            disposed = true;
            all = [.. created];
            created.Clear();
        }

        foreach (var connection in all)
        {
            connection.Retire();
        }
    }

    private void Forget(KeptOpenConnection connection)
    {
        lock (sync)
        {
            created.Remove(connection);
        }
    }
}
