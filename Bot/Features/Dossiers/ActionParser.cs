using System.Globalization;
using System.Text;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Text;

namespace OneStopBot.Bot.Features.Dossiers;

/// <summary>
/// Reads an officer's typed action: "xu ly", "bo sung &lt;lý do&gt;", "da bo sung", "nop phi [số tiền] [lý do]",
/// "da nop [tm|ck|tt]", "xong [dt]", "tra", "tu choi &lt;lý do&gt;", "rut", "dung &lt;lý do&gt;",
/// "xin loi &lt;dd/MM/yyyy&gt; &lt;lý do&gt;".
/// A message is an action only when it is one of these phrases as whole words, each word typed either without
/// diacritics or with its own ("dừng", never "đúng"), followed by nothing but the details the phrase takes:
/// "trả lời sau nhé", "rút kinh nghiệm" and "xong chưa?" are not actions. The details keep the officer's spelling.
/// </summary>
public static class ActionParser
{
    /// <summary>What may follow a phrase.</summary>
    private enum Details
    {
        /// <summary>Nothing: "tra" ends the message.</summary>
        None,
        /// <summary>A free-text reason (asked for when missing).</summary>
        Reason,
        /// <summary>An optional amount, then an optional reason.</summary>
        Fee,
        /// <summary>Nothing, or one payment method.</summary>
        Payment,
        /// <summary>Nothing, or "dt" for an electronic result.</summary>
        Result,
        /// <summary>A date, then a reason (asked for when missing).</summary>
        Apology,
    }

    private sealed record Phrase(string Words, DossierAction Action, Details Details)
    {
        public string[] Keys { get; } = Words.Split(' ');
    }

    // Longest phrases first so that "da bo sung" wins over "bo sung".
    private static readonly Phrase[] Phrases = new Phrase[]
    {
        new("tiep nhan", DossierAction.Accept, Details.None),
        new("xu ly", DossierAction.Process, Details.None),
        new("bo sung", DossierAction.RequestSupplement, Details.Reason),
        new("da bo sung", DossierAction.SupplementReceived, Details.None),
        new("nop phi", DossierAction.RequestFee, Details.Fee),
        new("da nop", DossierAction.FeePaid, Details.Payment),
        new("da nop phi", DossierAction.FeePaid, Details.Payment),
        new("xong", DossierAction.Complete, Details.Result),
        new("xu ly xong", DossierAction.Complete, Details.Result),
        new("da xu ly xong", DossierAction.Complete, Details.Result),
        new("co ket qua", DossierAction.Complete, Details.Result),
        new("tra", DossierAction.Return, Details.None),
        new("da tra", DossierAction.Return, Details.None),
        new("tra ket qua", DossierAction.Return, Details.None),
        new("da tra ket qua", DossierAction.Return, Details.None),
        new("tu choi", DossierAction.Refuse, Details.Reason),
        new("rut", DossierAction.Withdraw, Details.None),
        new("rut ho so", DossierAction.Withdraw, Details.None),
        new("dung", DossierAction.Stop, Details.Reason),
        new("dung xu ly", DossierAction.Stop, Details.Reason),
        new("xin loi", DossierAction.Apologize, Details.Apology),
    }.OrderByDescending(p => p.Keys.Length).ToArray();

    /// <summary>The Vietnamese spelling of each word of the phrases; a typed word must be this or its bare key.</summary>
    private static readonly Dictionary<string, string[]> Spellings = new(StringComparer.Ordinal)
    {
        ["tiep"] = ["tiếp"], ["nhan"] = ["nhận"], ["xu"] = ["xử"], ["ly"] = ["lý", "lí"], ["bo"] = ["bổ"],
        ["sung"] = ["sung"], ["da"] = ["đã"], ["nop"] = ["nộp"], ["phi"] = ["phí"], ["xong"] = ["xong"],
        ["co"] = ["có"], ["ket"] = ["kết"], ["qua"] = ["quả"], ["tra"] = ["trả"], ["tu"] = ["từ"],
        ["choi"] = ["chối"], ["rut"] = ["rút"], ["ho"] = ["hồ"], ["so"] = ["sơ"], ["dung"] = ["dừng"],
        ["xin"] = ["xin"], ["loi"] = ["lỗi"],
    };

    private static readonly string[] ElectronicWords = ["dt", "dien tu", "kq dien tu", "ket qua dien tu"];

    public enum Problem
    {
        None,
        /// <summary>Not one of the action phrases: nothing may change.</summary>
        NotAnAction,
        BadDate,
        BadAmount,
    }

    /// <param name="Suggestion">When the message is no action but begins like one ("đúng rồi", "trả lời"), that action.</param>
    public readonly record struct Result(DossierCommand? Command, Problem Problem, DossierAction? Suggestion = null);

    public static Result Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        DossierAction? suggestion = null;
        foreach (var phrase in Phrases)
        {
            if (words.Length < phrase.Keys.Length
                || !phrase.Keys.Select((key, i) => SearchKey.Of(Trimmed(words[i])) == key).All(same => same))
            {
                continue;
            }

            suggestion ??= phrase.Action;
            var spelledRight = phrase.Keys.Select((key, i) => IsSpelled(Trimmed(words[i]), key)).All(right => right);
            if (!spelledRight || text.Contains('?', StringComparison.Ordinal))
            {
                continue;
            }

            var result = Build(phrase, words[phrase.Keys.Length..]);
            if (result.Problem != Problem.NotAnAction)
            {
                return result;
            }
        }

        return new Result(null, Problem.NotAnAction, suggestion);
    }

    /// <summary>The details typed after a button asked for them ("lý do", "50000 lý do", "dd/MM/yyyy lý do"), read as
    /// they would be after the action's phrase.</summary>
    public static Result ParseDetails(DossierAction action, string details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var phrase = Phrases.First(p => p.Action == action);
        return Build(phrase, details.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Trimmed(string word) => word.TrimEnd('.', ',', '!', ';', ':');

    private static bool IsSpelled(string word, string key)
    {
        var typed = word.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        return typed == key || Spellings[key].Contains(typed, StringComparer.Ordinal);
    }

    private static Result Build(Phrase phrase, string[] rest)
    {
        var action = phrase.Action;
        var details = rest.Length == 0 ? null : string.Join(' ', rest);
        var notAnAction = new Result(null, Problem.NotAnAction, action);
        switch (phrase.Details)
        {
            case Details.None:
                return rest.Length == 0 ? Ok(new DossierCommand(action)) : notAnAction;
            case Details.Reason:
                return Ok(new DossierCommand(action) { Reason = details });
            case Details.Payment:
                return details is null || PaymentWords(details) is not null
                    ? Ok(new DossierCommand(action) { Payment = PaymentOf(details) })
                    : notAnAction;
            case Details.Result:
                return details is null ? Ok(new DossierCommand(action))
                    : ElectronicWords.Contains(SearchKey.Of(details)) ? Ok(new DossierCommand(action) { ElectronicResult = true })
                    : notAnAction;
            case Details.Fee:
                return Fee(action, rest, notAnAction);
            default:
                if (rest.Length == 0)
                {
                    return Ok(new DossierCommand(action));
                }

                if (TryDate(rest[0], out var date))
                {
                    return Ok(new DossierCommand(action) { NewDate = date, Reason = rest.Length > 1 ? string.Join(' ', rest[1..]) : null });
                }

                return rest[0].Any(char.IsAsciiDigit) ? new Result(null, Problem.BadDate, action) : notAnAction;
        }
    }

    private static Result Fee(DossierAction action, string[] rest, Result notAnAction)
    {
        if (rest.Length == 0)
        {
            return Ok(new DossierCommand(action));
        }

        if (!rest[0].Any(char.IsAsciiDigit))
        {
            return notAnAction;
        }

        // "50.000 đ lý do", "50000 dong lý do", "50k lý do".
        var unit = rest.Length > 1 && SearchKey.Of(rest[1]) is "d" or "dong" or "vnd" ? 2 : 1;
        if (!TryAmount(string.Join(' ', rest[..unit]), out var amount))
        {
            return new Result(null, Problem.BadAmount, action);
        }

        var reason = rest.Length > unit ? string.Join(' ', rest[unit..]) : null;
        return Ok(new DossierCommand(action) { Amount = amount, Reason = reason });
    }

    private static Result Ok(DossierCommand command) => new(command, Problem.None);

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

    /// <summary>The payment method a button or a typed word names; cash when none is named.</summary>
    public static PaymentMethod PaymentOf(string? text) => PaymentWords(text) ?? PaymentMethod.Cash;

    private static PaymentMethod? PaymentWords(string? text) => SearchKey.Of(text) switch
    {
        "tm" or "tien mat" or "cash" => PaymentMethod.Cash,
        "ck" or "chuyen khoan" or "qr" or "transfer" => PaymentMethod.Transfer,
        "tt" or "truc tuyen" or "online" or "dvc" => PaymentMethod.Online,
        _ => null,
    };
}
