using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace OneStopBot.Persistence;

/// <summary>
/// A SQLite connection for a pooled context that stays open, with its statements prepared, while the context waits in
/// the pool. Microsoft.Data.Sqlite parses every command anew (it keeps no statement cache), and it drops a command's
/// parsed statement when the connection closes; EF creates a new command for every query and save and closes the
/// connection when the context goes back to the pool. Parsing took a sixth of the bot's CPU per status message. Here a
/// close only marks the connection closed (rolling back a transaction left open, ending any reader left open), and
/// every SQL text keeps one parsed statement, bound anew for each command.
/// </summary>
/// <remarks>
/// The native connection closes when the application stops (<see cref="KeptOpenConnections"/>). An idle
/// connection holds no read snapshot, so it never keeps the log from being checkpointed. EF's extra SQL functions
/// for decimal arithmetic and regular expressions are not registered on it: the model has no decimal column
/// (a test keeps it so) and no query matches regular expressions.
/// </remarks>
internal sealed class KeptOpenConnection(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>More distinct SQL texts than the application has; past it, a new text is parsed for its command alone.</summary>
    private const int MaxStatements = 256;

    private readonly Dictionary<string, Statement> statements = new(StringComparer.Ordinal);
    private readonly HashSet<SqliteCommand> oneOffs = [];
    private bool idle;
    private bool disposed;

    /// <summary>Statements parsed on this connection so far: each kept one once, and every one-off command.</summary>
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
        ObjectDisposedException.ThrowIf(disposed, this);
        if (idle)
        {
            idle = false;
            OnStateChange(new StateChangeEventArgs(ConnectionState.Closed, ConnectionState.Open));
            return;
        }

        base.Open();
    }

    public override void Close()
    {
        if (disposed)
        {
            base.Close();
            return;
        }

        if (idle || base.State != ConnectionState.Open)
        {
            return;
        }

        // What a real close would end: an open transaction is rolled back, and a reader left open would keep a read
        // snapshot (and the log from being checkpointed) for as long as the connection lives.
        Transaction?.Dispose();
        foreach (var (sql, statement) in statements.Where(s => s.Value.Reading).ToList())
        {
            statement.Dispose();
            statements.Remove(sql);
        }

        foreach (var oneOff in oneOffs)
        {
            oneOff.Dispose();
        }

        oneOffs.Clear();

        idle = true;
        OnStateChange(new StateChangeEventArgs(ConnectionState.Open, ConnectionState.Closed));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            disposed = true;
            idle = false;
            statements.Clear(); // The real close below disposes them with the connection's other commands.
            oneOffs.Clear();
        }

        base.Dispose(disposing);
    }

    protected override DbCommand CreateDbCommand() => new ReusingCommand(this);

    /// <summary>The parsed statement for <paramref name="sql"/>, or a one-off command when it is busy or the cache is full.</summary>
    private (SqliteCommand Command, bool OneOff) StatementFor(string sql)
    {
        if (statements.TryGetValue(sql, out var cached) && !cached.Reading)
        {
            return (cached, false);
        }

        Parsed++;
        if (cached is null && statements.Count < MaxStatements)
        {
            var statement = new Statement { Connection = this, CommandText = sql, CommandTimeout = DefaultTimeout };
            statements.Add(sql, statement);
            return (statement, false);
        }

        var command = new SqliteCommand(sql, this) { CommandTimeout = DefaultTimeout };
        oneOffs.Add(command);
        return (command, true);
    }

    private void Release(SqliteCommand oneOff)
    {
        oneOffs.Remove(oneOff);
        oneOff.Dispose();
    }

    /// <summary>A command kept with its parsed statement; <see cref="Reading"/> while a reader of it is open.</summary>
    private sealed class Statement : SqliteCommand
    {
        public bool Reading => DataReader is not null;
    }

    private sealed class Parameters : SqliteParameterCollection;

    /// <summary>The command EF gets: it carries the text and parameters and runs them on the connection's statement.</summary>
    private sealed class ReusingCommand(KeptOpenConnection connection) : DbCommand
    {
        private readonly Parameters parameters = new();
        private SqliteCommand? oneOff;
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

        protected override DbTransaction? DbTransaction { get; set; }

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
                ReleaseOneOff();
            }

            base.Dispose(disposing);
        }

        private void ReleaseOneOff()
        {
            if (oneOff is not null)
            {
                connection.Release(oneOff);
                oneOff = null;
            }
        }

        private SqliteCommand Bound()
        {
            ReleaseOneOff();
            (var statement, bool isOneOff) = connection.StatementFor(text);
            oneOff = isOneOff ? statement : null;
            statement.Transaction = (SqliteTransaction?)DbTransaction;
            statement.CommandTimeout = CommandTimeout;
            statement.Parameters.Clear();
            foreach (SqliteParameter parameter in parameters)
            {
                statement.Parameters.Add(parameter);
            }

            return statement;
        }
    }
}
