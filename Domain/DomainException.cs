namespace OneStopBot.Domain;

/// <summary>A rule of the domain refused an operation; the message is a key for the texts shown to people.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, params object[] args)
        : base(code)
    {
        Code = code;
        Args = args;
    }

    public DomainException()
        : this("error")
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = message;
        Args = [];
    }

    public string Code { get; } = "error";

    public IReadOnlyList<object> Args { get; } = [];
}
