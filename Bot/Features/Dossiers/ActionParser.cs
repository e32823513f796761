using System.Globalization;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Text;

namespace OneStopBot.Bot.Features.Dossiers;

/// <summary>
/// Reads an officer's typed action, matched without regard to case or diacritics:
/// "xu ly", "bo sung &lt;lý do&gt;", "da bo sung", "nop phi [số tiền]", "da nop [tm|ck|tt]", "xong", "tra",
/// "tu choi &lt;lý do&gt;", "rut [lý do]", "dung &lt;lý do&gt;", "xin loi &lt;dd/MM/yyyy&gt; &lt;lý do&gt;".
/// The details keep the officer's own spelling.
/// </summary>
public static class ActionParser
{
    // Longest phrases first so that "da bo sung" wins over "bo sung".
    private static readonly (string[] Words, DossierAction Action)[] Phrases =
    [
        (["da", "bo", "sung"], DossierAction.SupplementReceived),
        (["tiep", "nhan"], DossierAction.Accept),
        (["xu", "ly"], DossierAction.Process),
        (["bo", "sung"], DossierAction.RequestSupplement),
        (["nop", "phi"], DossierAction.RequestFee),
        (["da", "nop", "phi"], DossierAction.FeePaid),
        (["da", "nop"], DossierAction.FeePaid),
        (["xong"], DossierAction.Complete),
        (["xu", "ly", "xong"], DossierAction.Complete),
        (["da", "xu", "ly", "xong"], DossierAction.Complete),
        (["da", "tra"], DossierAction.Return),
        (["da", "tra", "ket", "qua"], DossierAction.Return),
        (["co", "ket", "qua"], DossierAction.Complete),
        (["tra", "ket", "qua"], DossierAction.Return),
        (["tra"], DossierAction.Return),
        (["tu", "choi"], DossierAction.Refuse),
        (["rut"], DossierAction.Withdraw),
        (["dung"], DossierAction.Stop),
        (["xin", "loi"], DossierAction.Apologize),
    ];

    public enum Problem
    {
        None,
        UnknownAction,
        BadDate,
        BadAmount,
    }

    public readonly record struct Result(DossierCommand? Command, Problem Problem);

    public static Result Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var keys = words.Select(SearchKey.Of).ToArray();
        foreach (var (phrase, action) in Phrases.OrderByDescending(p => p.Words.Length))
        {
            if (keys.Length < phrase.Length || !phrase.SequenceEqual(keys.Take(phrase.Length)))
            {
                continue;
            }

            var rest = words.Skip(phrase.Length).ToArray();
            return Build(action, rest);
        }

        return new Result(null, Problem.UnknownAction);
    }

    private static Result Build(DossierAction action, string[] rest)
    {
        var details = rest.Length == 0 ? null : string.Join(' ', rest);
        switch (action)
        {
            case DossierAction.Apologize:
                if (rest.Length == 0 || !TryDate(rest[0], out var date))
                {
                    return new Result(new DossierCommand(action), rest.Length == 0 ? Problem.None : Problem.BadDate);
                }

                return new Result(new DossierCommand(action) { NewDate = date, Reason = rest.Length > 1 ? string.Join(' ', rest.Skip(1)) : null }, Problem.None);
            case DossierAction.RequestFee:
                if (details is null)
                {
                    return new Result(new DossierCommand(action), Problem.None);
                }

                return TryAmount(details, out var amount)
                    ? new Result(new DossierCommand(action) { Amount = amount }, Problem.None)
                    : new Result(null, Problem.BadAmount);
            case DossierAction.FeePaid:
                return new Result(new DossierCommand(action) { Payment = PaymentOf(details) }, Problem.None);
            case DossierAction.Complete:
                var electronic = details is not null && SearchKey.Of(details) is "dt" or "dien tu" or "kq dien tu" or "ket qua dien tu";
                return new Result(new DossierCommand(action) { ElectronicResult = electronic ? true : null }, Problem.None);
            default:
                return new Result(new DossierCommand(action) { Reason = details }, Problem.None);
        }
    }

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Amounts as officers type them: 50000, 50.000, 50,000, 50k.</summary>
    public static bool TryAmount(string text, out long amount)
    {
        var t = SearchKey.Of(text).Replace("dong", string.Empty, StringComparison.Ordinal).Replace("d", string.Empty, StringComparison.Ordinal).Trim();
        var thousands = t.EndsWith('k');
        t = t.TrimEnd('k').Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out amount) && amount <= 1_000_000_000)
        {
            amount = thousands ? amount * 1000 : amount;
            return true;
        }

        amount = 0;
        return false;
    }

    public static PaymentMethod PaymentOf(string? text) => SearchKey.Of(text) switch
    {
        "ck" or "chuyen khoan" or "qr" or "transfer" => PaymentMethod.Transfer,
        "tt" or "truc tuyen" or "online" or "dvc" => PaymentMethod.Online,
        _ => PaymentMethod.Cash,
    };
}
