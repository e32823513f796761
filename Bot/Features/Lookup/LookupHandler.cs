using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Procedures;
using OneStopBot.Domain.Text;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Features.Lookup;

/// <summary>What citizens ask: where is my dossier (/tracuu, the follow link) and what does a procedure need (/thutuc).</summary>
internal sealed class LookupHandler
{
    public const string FollowPrefix = "f_";

    /// <summary>After this many wrong pairs in <see cref="FailureWindow"/>, a chat waits <see cref="BlockFor"/>.</summary>
    public const int MaxFailures = 5;

    /// <summary>Wrong pairs for one code from all chats together before that code waits <see cref="BlockFor"/>.</summary>
    public const int MaxFailuresPerCode = 10;

    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan BlockFor = TimeSpan.FromMinutes(15);

    public async Task LookUpAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (await FindByPairAsync(ctx, args, LookupTexts.Usage, ct) is { } dossier)
        {
            var following = await ctx.Db.Follows.AnyAsync(f => f.DossierId == dossier.Id && f.Channel == ctx.Message.Channel && f.ChatId == ctx.Message.ChatId, ct);
            ctx.Reply(Status(ctx, dossier), following ? null : [[new Button(ctx.T(LookupTexts.FollowButton), $"{FollowHandler.FollowButtonPrefix}:{dossier.FollowToken}")]]);
        }
    }

    /// <summary>
    /// The dossier named by "&lt;code&gt; &lt;last 4 phone digits&gt;", or null after a polite answer. Wrong pairs are
    /// counted per chat and slowed down, and an unknown code reads the same as a wrong phone.
    /// </summary>
    public static async Task<Dossier?> FindByPairAsync(ChatContext ctx, string args, Text usage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(args);
        var parts = args.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || CodeTail(parts[0]) is not { } tail || PhoneDigits(parts[1]) is not { } digits)
        {
            ctx.Reply(ctx.T(usage));
            return null;
        }

        // Wrong pairs are counted for the chat and for the code: many chats guessing one code are slowed down too.
        var chat = await ThrottleAsync(ctx, $"chat:{ctx.Message.Channel}:{ctx.Message.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture)}", ct);
        var code = await ThrottleAsync(ctx, $"code:{tail}", ct);
        var until = new[] { chat.BlockedUntilUtc, code.BlockedUntilUtc }.Max();
        if (until is { } blocked && blocked > ctx.Now.Utc)
        {
            ctx.Reply(ctx.T(LookupTexts.SlowDown, (int)Math.Ceiling((blocked - ctx.Now.Utc).TotalMinutes)));
            return null;
        }

        var unit = DossierCode.Unit(parts[0]);
        var dossier = await ctx.Db.Dossiers.AsNoTracking()
            .FirstOrDefaultAsync(d => d.CodeTail == tail && (unit == null || d.UnitCode == unit) && d.ApplicantPhone.EndsWith(digits), ct);
        if (dossier is null)
        {
            RecordFailure(ctx, chat, MaxFailures);
            RecordFailure(ctx, code, MaxFailuresPerCode);
            // The same answer for an unknown code and a wrong phone: nothing tells a guesser which half was right.
            ctx.Reply(ctx.T(LookupTexts.NotFound));
        }

        return dossier;
    }

    /// <summary>The code as typed, whole or its tail, with or without the dash of the tail ("2611270001").</summary>
    private static string? CodeTail(string text) =>
        DossierCode.Tail(text) ?? (text.Length == 10 && text.All(char.IsAsciiDigit) ? DossierCode.Tail($"{text[..6]}-{text[6..]}") : null);

    /// <summary>The last 4 digits of the phone or the whole number (0912 345 678, 0912-345-678, +84912345678): what
    /// the stored number must end with; null for anything else.</summary>
    private static string? PhoneDigits(string text)
    {
        var digits = new string(text.Where(c => c is not (' ' or '-' or '.' or '+')).ToArray());
        if (!digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return digits.Length switch
        {
            4 or 10 => digits,
            11 when digits.StartsWith("84", StringComparison.Ordinal) => "0" + digits[2..],
            _ => null,
        };
    }

    public async Task ProcedureAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(args))
        {
            ctx.Reply(ctx.T(LookupTexts.ProcedureUsage));
            return;
        }

        var matches = await SearchProceduresAsync(ctx.Db, args, ct);
        if (matches.Count == 0)
        {
            ctx.Reply(ctx.T(LookupTexts.ProcedureNone, args.Trim()));
            return;
        }

        var text = new StringBuilder();
        foreach (var p in matches.Take(3))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var fee = p.FeeVnd switch
            {
                null => ctx.T(LookupTexts.FeeByProvince),
                0 => ctx.T(LookupTexts.Free),
                { } v => Show.Money(v),
            };
            if (p.FeeNote is not null)
            {
                fee += $" ({p.FeeNote})";
            }

            text.Append(ctx.T(
                LookupTexts.ProcedureCard,
                p.Name,
                p.Code ?? ctx.T(LookupTexts.Unknown),
                DossierNames.Processing(p.Processing, ctx.Language),
                fee,
                DossierNames.Online(p.Online, ctx.Language),
                p.LegalBasis ?? ctx.T(LookupTexts.Unknown),
                p.Papers ?? ctx.T(LookupTexts.Unknown)));
        }

        if (matches.Count > 3)
        {
            text.Append("\n\n").Append(ctx.T(LookupTexts.ProcedureMore, matches.Count - 3));
        }

        ctx.Reply(text.ToString());
    }

    /// <summary>Procedures whose folded name holds every folded word typed; a whole-name match comes first.</summary>
    public static async Task<List<Procedure>> SearchProceduresAsync(OneStopDbContext db, string words, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = SearchKey.Of(words);
        if (query.Length == 0)
        {
            return [];
        }

        // The catalog holds tens of rows: folding in .NET is simpler than teaching SQL Vietnamese.
        var all = await db.Procedures.AsNoTracking().ToListAsync(ct);
        var exact = all.Where(p => p.NameKey == query || p.Code == words.Trim()).ToList();
        return exact.Count > 0
            ? exact
            : all.Where(p => SearchKey.Matches(p.NameKey, query)).OrderBy(p => p.NameKey.Length).ToList();
    }

    public static string Status(ChatContext ctx, Dossier dossier) => ctx.T(
        LookupTexts.Status,
        dossier.Code,
        dossier.ProcedureName,
        MaskName(dossier.ApplicantName),
        Show.Date(dossier.ReceptionDate),
        DossierNames.State(dossier.State, ctx.Language),
        Show.DateWithWeekday(dossier.AppointmentDate, ctx.Language));

    /// <summary>"Nguyễn Văn An" → "N. V. An": enough to recognise one's own dossier, little to leak.</summary>
    public static string MaskName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 1 ? name : string.Join(' ', words[..^1].Select(w => w[0] + ".").Append(words[^1]));
    }

    private static async Task<LookupThrottle> ThrottleAsync(ChatContext ctx, string key, CancellationToken ct)
    {
        if (await ctx.Db.LookupThrottles.FindAsync([key], ct) is { } known)
        {
            return known;
        }

        var fresh = new LookupThrottle { Key = key, WindowStartUtc = ctx.Now.Utc };
        ctx.Db.LookupThrottles.Add(fresh);
        return fresh;
    }

    private static void RecordFailure(ChatContext ctx, LookupThrottle throttle, int maxFailures)
    {
        var now = ctx.Now.Utc;
        if (now - throttle.WindowStartUtc > FailureWindow)
        {
            throttle.WindowStartUtc = now;
            throttle.Failures = 0;
        }

        throttle.Failures++;
        if (throttle.Failures >= maxFailures)
        {
            throttle.BlockedUntilUtc = now + BlockFor;
            throttle.Failures = 0;
            throttle.WindowStartUtc = now;
        }
    }
}
