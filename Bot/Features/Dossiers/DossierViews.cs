using System.Globalization;
using System.Text;
using OneStopBot.Bot.Conversation;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Features.Dossiers;

/// <summary>Renders a dossier for officers: the card, its timeline (Mẫu 06) and its action buttons.</summary>
public sealed partial class DossierViews(IWorkingCalendar calendar, Office.OfficeClock clock)
{
    /// <summary>The code of the dossier whose card <paramref name="text"/> is ("📄 Hồ sơ …" / "📄 Dossier …"); null
    /// for any other message, so that a reply to a digest or a complaint never moves a dossier.</summary>
    public static string? CardCode(string? text) =>
        text is not null && CardHeading().Match(text) is { Success: true } match ? DossierCode.Tail(match.Groups["code"].Value) : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^📄 (?:Hồ sơ|Dossier) (?<code>\S+)$", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CardHeading();

    /// <summary>ASCII codes for button data (callback data is limited to 64 bytes).</summary>
    private static readonly Dictionary<DossierAction, string> ButtonCodes = new()
    {
        [DossierAction.Accept] = "tn",
        [DossierAction.Process] = "xl",
        [DossierAction.RequestSupplement] = "bs",
        [DossierAction.SupplementReceived] = "dbs",
        [DossierAction.RequestFee] = "np",
        [DossierAction.FeePaid] = "dn",
        [DossierAction.Complete] = "xong",
        [DossierAction.Return] = "tra",
        [DossierAction.Refuse] = "tc",
        [DossierAction.Withdraw] = "rut",
        [DossierAction.Stop] = "dung",
        [DossierAction.Apologize] = "xloi",
        [DossierAction.Undo] = "ht",
    };

    public static DossierAction? ActionOfButton(string code) =>
        ButtonCodes.FirstOrDefault(p => p.Value == code) is { Value: not null } pair ? pair.Key : null;

    public OutboundMessage Card(ChatContext ctx, Dossier dossier, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(dossier);
        var lang = ctx.Language;
        var today = ctx.Now.Date;
        var timeliness = dossier.Assess(today, calendar);
        var phone = dossier.ReceivedById == ctx.Person.Id ? dossier.ApplicantPhone : Show.MaskedPhone(dossier.ApplicantPhone);
        var text = new StringBuilder();
        if (prefix is not null)
        {
            text.Append(prefix).Append("\n\n");
        }

        text.Append(ctx.T(
            DossierTexts.Card,
            dossier.Code,
            dossier.ProcedureName,
            dossier.ApplicantName,
            phone,
            DossierNames.Channel(dossier.Channel, lang),
            Show.DateTime(clock.ToLocal(dossier.ReceivedAtUtc)),
            dossier.Events.Count > 0 ? dossier.Events[0].ActorName : "?",
            DossierNames.State(dossier.State, lang),
            Show.DateWithWeekday(dossier.ApologyNewDate ?? dossier.EffectiveDueDate(today, calendar), lang),
            ClosedWithoutResult(dossier.State) ? ctx.T(DossierTexts.NoTimeliness) : DossierNames.Timeliness(timeliness, lang)));
        if (dossier.FeeVnd > 0)
        {
            text.Append('\n').Append(ctx.T(DossierTexts.CardFee, Show.Money(dossier.FeeVnd), DossierNames.Payment(dossier.Payment, lang)));
        }

        if (dossier.SupplementRequests > 0)
        {
            text.Append('\n').Append(ctx.T(DossierTexts.CardSupplements, dossier.SupplementRequests));
        }

        if (dossier.ApologyNewDate is { } newDate)
        {
            text.Append('\n').Append(ctx.T(DossierTexts.CardApology, Show.Date(newDate), dossier.ApologyReason, Show.Date(dossier.DueDate)));
        }

        text.Append("\n\n").Append(ctx.T(DossierTexts.Timeline));
        foreach (var e in dossier.Events.OrderBy(e => e.AtUtc))
        {
            var at = clock.ToLocal(e.AtUtc);
            var onTime = DateOnly.FromDateTime(at) <= e.DueDate ? "✓" : "⚠";
            text.Append('\n').Append(onTime).Append(' ').Append(Show.DateTime(at)).Append(" · ")
                .Append(DossierNames.Action(e.Action, lang)).Append(" → ").Append(DossierNames.State(e.ToState, lang))
                .Append(" · ").Append(e.ActorName);
            if (EventDetail(e, lang) is { Length: > 0 } detail)
            {
                text.Append(" (").Append(detail).Append(')');
            }
        }

        var buttons = Buttons(dossier, lang);
        if (buttons.Count > 0)
        {
            text.Append("\n\n").Append(ctx.T(DossierTexts.ReplyHint));
        }

        return new OutboundMessage(ctx.Message.Channel, ctx.Message.ChatId, text.ToString()) { Buttons = buttons };
    }

    /// <summary>Withdrawn, stopped or refused: no result was due, so the dossier is neither early nor late.</summary>
    private static bool ClosedWithoutResult(DossierState state) =>
        state is DossierState.Withdrawn or DossierState.Stopped or DossierState.Refused;

    /// <summary>What a timeline line adds in brackets: the reason, the fee asked for, the way it was paid.</summary>
    private static string? EventDetail(DossierEvent e, Language lang) => e.Action switch
    {
        DossierAction.RequestFee when e.Amount is { } amount => string.IsNullOrWhiteSpace(e.Note) ? Show.Money(amount) : $"{Show.Money(amount)} — {e.Note}",
        DossierAction.FeePaid => Enum.TryParse<PaymentMethod>(e.Note, out var paid) ? DossierNames.Payment(paid, lang) : null,
        _ => e.Note,
    };

    public static IReadOnlyList<IReadOnlyList<Button>> Buttons(Dossier dossier, Language lang)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var buttons = new List<Button>();
        foreach (var action in DossierStates.Allowed(dossier.State))
        {
            if (action == DossierAction.FeePaid)
            {
                foreach (var (method, code) in new[] { (PaymentMethod.Cash, "tm"), (PaymentMethod.Transfer, "ck"), (PaymentMethod.Online, "tt") })
                {
                    buttons.Add(new Button($"{DossierNames.Action(action, lang)}: {DossierNames.Payment(method, lang)}", Data(dossier, action, code)));
                }

                continue;
            }

            buttons.Add(new Button(DossierNames.Action(action, lang), Data(dossier, action)));
        }

        return buttons.Chunk(2).Select(row => (IReadOnlyList<Button>)row).ToList();
    }

    /// <summary><c>d:{id}:{action}[-{detail}]:{version}</c> — the version refuses a press on an out-of-date card.</summary>
    private static string Data(Dossier dossier, DossierAction action, string? detail = null) => Data(dossier.Id, dossier.Version, action, detail);

    /// <inheritdoc cref="Data(Dossier, DossierAction, string?)"/>
    public static string Data(int dossierId, int version, DossierAction action, string? detail = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{DossierActions.ButtonPrefix}:{dossierId}:{ButtonCodes[action]}{(detail is null ? string.Empty : "-" + detail)}:{version}");
}
