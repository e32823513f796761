using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace OneStopBot.Persistence;

/// <summary>
/// A SQLite connection for a pooled context that stays open, with its statements prepared, while the context waits in
/// the pool. Microsoft.Data.Sqlite parses every command anew (it keeps no statement cache), and it drops a command's
/// parsed statement when the connection closes; EF creates a new command for every query and save and closes the
/// connection when the context goes back to the pool. Parsing took a sixth of the bot's CPU per status message. Here a
/// close only marks the connection closed, and every SQL text keeps one parsed statement, bound anew for each command.
/// </summary>
/// <remarks>
/// A close still closes for real when anything is left running on the connection (a transaction, a statement stepped
/// and not reset), so an idle connection holds no lock and no read snapshot that would keep the log from being
/// checkpointed. When the application stops (<see cref="KeptOpenConnections"/>), idle connections close at once and the
/// others at their next close. EF's extra SQL functions (decimal arithmetic, <c>regexp</c>) and its decimal collation
/// are not registered on these connections: the model has no decimal column (a test keeps it so) and no query
/// matches regular expressions.
/// </remarks>
internal sealed class KeptOpenConnection(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>More distinct SQL texts than the application has; past it, a new text is parsed for its command alone.</summary>
    private const int MaxStatements = 256;

    private readonly Dictionary<string, Statement> statements = new(StringComparer.Ordinal);
    private readonly HashSet<Statement> oneOffs = [];
    private readonly Lock sync = new();
    private bool idle;
    private bool retired;

    /// <summary>Statements parsed for EF's commands on this connection so far: each kept one once, and every one-off.</summary>
    public int Parsed { get; private set; }

    public override ConnectionState State => idle ? ConnectionState.Closed : base.State;

    [AllowNull]
    public override string ConnectionString
    {
        get => base.ConnectionString;
        set
        {
            if (idle)
            {
                throw new InvalidOperationException("The connection string cannot change while the connection is kept open.");
            }

            base.ConnectionString = value;
        }
    }

    public override void Open()
    {
        lock (sync)
        {
            if (idle)
            {
                idle = false;
                OnStateChange(new StateChangeEventArgs(ConnectionState.Closed, ConnectionState.Open));
                return;
            }
        }

        base.Open();
    }

    /// <summary>Every command made on this connection is one it can see running (Microsoft.Data.Sqlite's own too).</summary>
    public override SqliteCommand CreateCommand() => OneOff(string.Empty);

    public override void Close()
    {
        lock (sync)
        {
            if (idle || base.State != ConnectionState.Open)
            {
                return;
            }

            if (retired || Transaction is not null || StillRunning())
            {
                CloseForReal();
                return;
            }

            idle = true;
        }

        OnStateChange(new StateChangeEventArgs(ConnectionState.Open, ConnectionState.Closed));
    }

    /// <summary>At the application's stop: closes now if idle, else at the next close (its user is still at work).</summary>
    public void Retire()
    {
        lock (sync)
        {
            retired = true;
            if (idle)
            {
                idle = false;
                CloseForReal();
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (sync)
            {
                retired = true;
                idle = false;
            }
        }

        base.Dispose(disposing);
    }

    protected override DbCommand CreateDbCommand() => new ReusingCommand(this);

    /// <summary>A transaction begun with plain SQL, or a reader left open on one of the connection's commands.</summary>
    private bool StillRunning()
    {
        if (raw.sqlite3_get_autocommit(Handle!) == 0)
        {
            return true;
        }

        foreach (var statement in statements.Values)
        {
            if (statement.Reading)
            {
                return true;
            }
        }

        foreach (var statement in oneOffs)
        {
            if (statement.Reading)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What <see cref="SqliteConnection.Close"/> does: rolls back, disposes every command, releases the native connection.</summary>
    private void CloseForReal()
    {
        statements.Clear();
        base.Close();
        oneOffs.Clear();
    }

    /// <summary>The parsed statement for <paramref name="sql"/>, or a one-off command when it is busy or the cache is full.</summary>
    private Statement StatementFor(string sql)
    {
        if (statements.TryGetValue(sql, out var cached) && !cached.Reading)
        {
            return cached;
        }

        Parsed++;
        if (cached is null && statements.Count < MaxStatements)
        {
            var statement = new Statement(null) { Connection = this, CommandText = sql, CommandTimeout = DefaultTimeout };
            statements.Add(sql, statement);
            return statement;
        }

        return OneOff(sql);
    }

    private Statement OneOff(string sql)
    {
        var statement = new Statement(this) { Connection = this, CommandText = sql, CommandTimeout = DefaultTimeout, Transaction = Transaction };
        oneOffs.Add(statement);
        return statement;
    }

    /// <summary>A command with its parsed statement; <see cref="Reading"/> while a reader of it is open.</summary>
    private sealed class Statement(KeptOpenConnection? oneOffOf) : SqliteCommand
    {
        public bool Reading => DataReader is not null;

        public bool IsOneOff => oneOffOf is not null;

        public void EndReading() => DataReader?.Dispose();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                oneOffOf?.oneOffs.Remove(this);
            }

            base.Dispose(disposing);
        }
    }

    private sealed class Parameters : SqliteParameterCollection;

    /// <summary>
    /// The command EF gets: it carries the text and parameters and runs them on the connection's statement. Like a
    /// <see cref="SqliteCommand"/>, it takes the connection's transaction, refuses to run again while its reader is
    /// open, and ends that reader when disposed.
    /// </summary>
    private sealed class ReusingCommand(KeptOpenConnection connection) : DbCommand
    {
        private readonly Parameters parameters = new();
        private Statement? running;
        private string text = string.Empty;

        [AllowNull]
        public override string CommandText
        {
            get => text;
            set => text = value ?? string.Empty;
        }

        public override int CommandTimeout { get; set; } = connection.DefaultTimeout;

        public override CommandType CommandType
        {
            get => CommandType.Text;
            set
            {
                if (value != CommandType.Text)
                {
                    throw new ArgumentException("Only text commands are supported.", nameof(value));
                }
            }
        }

        public override bool DesignTimeVisible { get; set; }

        public override UpdateRowSource UpdatedRowSource { get; set; }

        protected override DbConnection? DbConnection
        {
            get => connection;
            set
            {
                if (!ReferenceEquals(value, connection))
                {
                    throw new NotSupportedException("This command belongs to its connection.");
                }
            }
        }

        protected override DbParameterCollection DbParameterCollection => parameters;

        protected override DbTransaction? DbTransaction { get; set; } = connection.Transaction;

        public override void Cancel()
        {
        }

        public override void Prepare()
        {
        }

        public override int ExecuteNonQuery() => Bound().ExecuteNonQuery();

        public override object? ExecuteScalar() => Bound().ExecuteScalar();

        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Bound().ExecuteReader(behavior);

        protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
            await Bound().ExecuteReaderAsync(behavior, cancellationToken);

        protected override DbParameter CreateDbParameter() => new SqliteParameter();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Finish();
            }

            base.Dispose(disposing);
        }

        /// <summary>Ends what the last run left: its reader, and its command when that was a one-off.</summary>
        private void Finish()
        {
            if (running is { IsOneOff: true })
            {
                running.Dispose();
            }
            else
            {
                running?.EndReading();
            }

            running = null;
        }

        private Statement Bound()
        {
            if (running is { Reading: true })
            {
                throw new InvalidOperationException("An open reader is associated with this command. Close it before running the command again.");
            }

            Finish();
            running = connection.StatementFor(text);
            running.Transaction = (SqliteTransaction?)DbTransaction;
            running.CommandTimeout = CommandTimeout;
            running.Parameters.Clear();
            foreach (SqliteParameter parameter in parameters)
            {
                running.Parameters.Add(parameter);
            }

            return running;
        }
    }
}
