using System.Globalization;
using System.Text;

namespace OneStopBot.Domain.Procedures;

/// <summary>A procedure as the built-in catalog describes it.</summary>
/// <param name="FeeVnd">Fee per case in đồng; null when the provincial council sets it.</param>
public sealed record ProcedureInfo(
    string? Code,
    string Name,
    ProcessingTime Processing,
    long? FeeVnd,
    string? FeeNote,
    OnlineLevel Online,
    string? LegalBasis)
{
    /// <summary>The papers a citizen usually brings (thành phần hồ sơ).</summary>
    public IReadOnlyList<string> Papers { get; init; } = [];

    /// <summary>Whether the result is a paper document (an extract, a certified copy, a decision); the index then asks for an electronic one too.</summary>
    public bool PaperResult { get; init; } = true;

    /// <summary>Whether the public-service portal takes the fee online: target T4 counts only these procedures' dossiers.</summary>
    public bool OnlinePayment { get; init; }
}

public static class ProcedureCatalog
{
    /// <summary>The common commune-level procedures shipped with the product.</summary>
    public static IReadOnlyList<ProcedureInfo> BuiltIn { get; } = Load();

    private static List<ProcedureInfo> Load()
    {
        using var stream = typeof(ProcedureCatalog).Assembly.GetManifestResourceStream("OneStopBot.Domain.Data.procedures-commune.csv")
            ?? throw new InvalidOperationException("The procedure catalog is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader).ToList();
    }

    public static IEnumerable<ProcedureInfo> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var f = SplitCsv(line);
            if (f.Count < 10)
            {
                throw new FormatException($"Procedure catalog line has {f.Count} fields, expected 10: {line}");
            }

            long? fee = f[3] == "province" ? null : long.Parse(f[3], NumberStyles.None, CultureInfo.InvariantCulture);
            var online = f[5] switch
            {
                "full" => OnlineLevel.Full,
                "partial" => OnlineLevel.Partial,
                "none" => OnlineLevel.None,
                _ => throw new FormatException($"Unknown online level '{f[5]}'."),
            };
            var payOnline = f[6] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw new FormatException($"pay_online is 'yes' or 'no', not '{f[6]}'."),
            };
            yield return new ProcedureInfo(
                NullIfEmpty(f[0]),
                f[1],
                ProcessingTime.Parse(f[2]),
                fee,
                NullIfEmpty(f[4]),
                online,
                NullIfEmpty(f[8]))
            {
                Papers = f[9].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                OnlinePayment = payOnline,
            };
        }
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>RFC 4180 fields: commas inside double quotes, "" for a quote.</summary>
    internal static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
