using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Features.Lookup;
using OneStopBot.Bot.Office;
using OneStopBot.Domain;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Procedures;
using OneStopBot.Domain.Text;
using OneStopBot.Persistence;

using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Features.Dossiers;

/// <summary>
/// /tiepnhan: the guided reception at the counter. Procedure, name, phone, channel, digitized, fee and payment;
/// each answer is stored, so a restart in the middle loses nothing. Then a summary to check, with an "edit" button
/// per answer (and a warning outside office hours); only its "receive" makes the dossier, with the receipt, the
/// follow link and its QR. Or the summary ends in a refusal (Mẫu 03): a reason, a confirmation, the form's text and a
/// record of the refusal, but no dossier, no code and no receipt.
/// </summary>
internal sealed class ReceptionForm(
    IWorkingCalendar calendar,
    CurrentOffice current,
    BotIdentity bot,
    OfficeClock clock,
    IOptions<Channels.Zalo.ZaloOptions> zalo)
{
    /// <summary>The officer's office: a reception is always in one.</summary>
    private OfficeOptions Office => current.Required.Office;

    public const string Kind = "reception";
    public const string ButtonPrefix = "rc";
    public const string RefuseSubject = "reception-refusal";
    private const int ChoiceLimit = 8;

    public async Task BeginAsync(ChatContext ctx, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        ctx.SaveForm(Kind, new Draft { Step = Step.Procedure });
        ctx.Reply(ctx.T(DossierTexts.AskProcedure), await CommonProceduresAsync(ctx, ct));
    }

    public async Task ContinueAsync(ChatContext ctx, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            ctx.CloseForm();
            return;
        }

        var draft = ctx.Form?.Kind == Kind ? ctx.FormData<Draft>() : null;
        if (draft is null)
        {
            // A button of a form that is already finished or cancelled.
            ctx.Reply(ctx.T(Start.StartTexts.NothingToCancel));
            return;
        }

        var answer = Answer.From(ctx.Message);
        switch (draft.Step)
        {
            case Step.Procedure:
                await ProcedureAsync(ctx, draft, answer, ct);
                break;
            case Step.Name:
                await NameAsync(ctx, draft, answer, ct);
                break;
            case Step.Phone:
                await PhoneAsync(ctx, draft, answer, ct);
                break;
            case Step.Channel:
                await ChannelAsync(ctx, draft, answer, ct);
                break;
            case Step.Digitized:
                await DigitizedAsync(ctx, draft, answer, ct);
                break;
            case Step.FeeAmount:
                await FeeAmountAsync(ctx, draft, answer, ct);
                break;
            case Step.Payment:
                await PaymentAsync(ctx, draft, answer, ct);
                break;
            case Step.Review:
                await ReviewAnswerAsync(ctx, draft, answer, ct);
                break;
            case Step.RefusalReason:
                await RefusalReasonAsync(ctx, draft, answer, ct);
                break;
        }
    }

    private async Task ProcedureAsync(ChatContext ctx, Draft draft, Answer answer, CancellationToken ct)
    {
        Procedure? chosen = null;
        if (answer.Button is { } b && b.StartsWith("p:", StringComparison.Ordinal)
            && int.TryParse(b[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            chosen = await ctx.Db.Procedures.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        }
        else if (answer.Text is { Length: > 0 } words)
        {
            var matches = await LookupHandler.SearchProceduresAsync(ctx.Db, words, ct);
            if (matches.Count == 0)
            {
                ctx.Reply(ctx.T(DossierTexts.ProcedureNotFound, words), await CommonProceduresAsync(ctx, ct));
                return;
            }

            if (matches.Count > 1)
            {
                ctx.Reply(ctx.T(DossierTexts.ProcedureChoices, matches.Count), ProcedureButtons(matches.Take(ChoiceLimit)));
                return;
            }

            chosen = matches[0];
        }

        if (chosen is null)
        {
            ctx.Reply(ctx.T(DossierTexts.AskProcedure), await CommonProceduresAsync(ctx, ct));
            return;
        }

        draft.ProcedureId = chosen.Id;
        if (draft.Reviewing)
        {
            // Another procedure may have another fee: take it from the catalog again.
            await FeeFromCatalogAsync(ctx, draft, ct);
            return;
        }

        draft.Step = Step.Name;
        ctx.SaveForm(Kind, draft);
        ctx.Reply(ctx.T(DossierTexts.AskName, chosen.Name));
    }

    private async Task NameAsync(ChatContext ctx, Draft draft, Answer answer, CancellationToken ct)
    {
        if (PersonName.Normalize(answer.Text) is not { } name)
        {
            ctx.Reply(ctx.T(DossierTexts.NameInvalid));
            return;
        }

        draft.Name = name;
        if (draft.Reviewing)
        {
            await ReviewAsync(ctx, draft, ct);
            return;
        }

        draft.Step = Step.Phone;
        ctx.SaveForm(Kind, draft);
        ctx.Reply(ctx.T(DossierTexts.AskPhone));
    }

    private async Task PhoneAsync(ChatContext ctx, Draft draft, Answer answer, CancellationToken ct)
    {
        var phone = NormalizePhone(answer.Contact ?? answer.Text);
        if (phone is null)
        {
            ctx.Reply(ctx.T(DossierTexts.PhoneInvalid));
            return;
        }

        draft.Phone = phone;
        if (draft.Reviewing)
        {
            await ReviewAsync(ctx, draft, ct);
            return;
        }

        draft.Step = Step.Channel;
        ctx.SaveForm(Kind, draft);
        ctx.Reply(ctx.T(DossierTexts.AskChannel), ChannelButtons(ctx));
    }

    private async Task ChannelAsync(ChatContext ctx, Draft draft, Answer answer, CancellationToken ct)
    {
        DossierChannel? channel = answer.Button switch
        {
            "c:1" => DossierChannel.Counter,
            "c:2" => DossierChannel.Online,
            "c:3" => DossierChannel.Postal,
            _ => SearchKey.Of(answer.Text) switch
            {
                "truc tiep" or "tt" or "1" or "counter" => DossierChannel.Counter,
                "truc tuyen" or "online" or "2" => DossierChannel.Online,
                "buu chinh" or "bc" or "3" or "post" => DossierChannel.Postal,
                _ => null,
            },
        };
        if (channel is null)
        {
            ctx.Reply(ctx.T(DossierTexts.ChooseButton), ChannelButtons(ctx));
            return;
        }

        draft.Channel = channel;
        if (draft.Reviewing)
        {
            await ReviewAsync(ctx, draft, ct);
            return;
        }

        draft.Step = Step.Digitized;
        ctx.SaveForm(Kind, draft);
        ctx.Reply(ctx.T(DossierTexts.AskDigitized), YesNo(ctx));
    }

    private async Task DigitizedAsync(ChatContext ctx, Draft draft, Answer answer, CancellationToken ct)
    {
        bool? digitized = answer.Button switch
        {
            "y" => true,
            "n" => false,
            _ => SearchKey.Of(answer.Text) switch
            {
                "co" or "c" or "yes" or "y" or "roi" or "da so hoa" => true,
                "khong" or "k" or "no" or "n" or "chua" => false,
                _ => null,
            },
        };
        if (digitized is null)
        {
            ctx.Reply(ctx.T(DossierTexts.ChooseButton), YesNo(ctx));
            return;
        }

        draft.Digitized = digitized;
        if (draft.Reviewing)
        {
            await ReviewAsync(ctx, draft, ct);
            return;
        }

        await FeeFromCatalogAsync(ctx, draft, ct);
    }

    /// <summary>The catalog's fee, or the amount asked for when the province sets it.</summary>
    private async Task FeeFromCatalogAsync(ChatContext ctx, Draft draft, CancellationToken ct)
    {
        var procedure = await ctx.Db.Procedures.AsNoTracking().SingleAsync(p => p.Id == draft.ProcedureId, ct);
        draft.FeeSetByProvince = procedure.FeeVnd is null;
        if (procedure.FeeVnd is null)
        {
            draft.Step = Step.FeeAmount;
            ctx.SaveForm(Kind, draft);
            ctx.Reply(ctx.T(DossierTexts.AskFeeAmount));
            return;
        }

        draft.Fee = procedure.FeeVnd;
        await AfterFeeAsync(ctx, draft, ct);
    }

    private async Task FeeAmountAsync(ChatContext ctx, Draft draft, Answer answer, CancellationToken ct)
    {
        if (answer.Text is null || !ActionParser.TryAmount(answer.Text, out var fee))
        {
            ctx.Reply(ctx.T(DossierTexts.FeeInvalid));
            return;
        }

        draft.Fee = fee;
        await AfterFeeAsync(ctx, draft, ct);
    }

    private async Task AfterFeeAsync(ChatContext ctx, Draft draft, CancellationToken ct)
    {
        if (draft.Fee is null or 0)
        {
            draft.Payment = PaymentMethod.None;
            await ReviewAsync(ctx, draft, ct);
            return;
        }

        draft.Step = Step.Payment;
        ctx.SaveForm(Kind, draft);
        ctx.Reply(ctx.T(DossierTexts.AskPayment, Show.Money(draft.Fee.Value)), PaymentButtons(ctx));
    }

    private async Task PaymentAsync(ChatContext ctx, Draft draft, Answer answer, CancellationToken ct)
    {
        PaymentMethod? payment = answer.Button switch
        {
            "pay:1" => PaymentMethod.Cash,
            "pay:2" => PaymentMethod.Transfer,
            "pay:3" => PaymentMethod.Online,
            "pay:0" => PaymentMethod.None,
            _ => SearchKey.Of(answer.Text) switch
            {
                "tien mat" or "tm" => PaymentMethod.Cash,
                "chuyen khoan" or "ck" or "qr" => PaymentMethod.Transfer,
                "truc tuyen" or "online" => PaymentMethod.Online,
                "chua nop" or "chua" => PaymentMethod.None,
                _ => null,
            },
        };
        if (payment is null)
        {
            ctx.Reply(ctx.T(DossierTexts.ChooseButton), PaymentButtons(ctx));
            return;
        }

        draft.Payment = payment;
        await ReviewAsync(ctx, draft, ct);
    }

    /// <summary>
    /// Shows the summary with its buttons. Each showing has its own revision, carried by its "receive" button, and
    /// keeps the due date and the hours it showed: the dossier is received only as the officer last saw it.
    /// </summary>
    private async Task ReviewAsync(ChatContext ctx, Draft draft, CancellationToken ct, Text? heading = null)
    {
        var procedure = await ctx.Db.Procedures.AsNoTracking().SingleAsync(p => p.Id == draft.ProcedureId, ct);
        var lang = ctx.Language;
        var due = DueDates.Compute(procedure.Processing, ctx.Now.Local, calendar);
        var outOfHours = IsOutOfHours(ctx.Now);
        draft.Step = Step.Review;
        draft.Reviewing = true;
        draft.Revision++;
        draft.ShownDue = due;
        draft.ShownOutOfHours = outOfHours;
        ctx.SaveForm(Kind, draft);

        var text = (heading is null ? string.Empty : ctx.T(heading) + "\n") + ctx.T(
            DossierTexts.Review,
            procedure.Name,
            draft.Name!,
            draft.Phone!,
            DossierNames.Channel(draft.Channel!.Value, lang),
            draft.Digitized!.Value ? ctx.T(CommonTexts.Yes) : ctx.T(CommonTexts.No),
            FeeText(ctx, draft.Fee ?? 0, draft.Payment ?? PaymentMethod.None),
            Show.DateWithWeekday(due, lang));
        if (outOfHours)
        {
            text += "\n" + ctx.T(DossierTexts.OutOfHours, Show.DateTime(ctx.Now.Local), Office.Hours);
        }

        if (zalo.Value.Enabled)
        {
            text += "\n" + ctx.T(DossierTexts.ZnsConsentLine, ctx.T(draft.NoticesByPhone ? CommonTexts.Yes : CommonTexts.No));
        }

        ctx.Reply(text, ReviewButtons(ctx, draft));
    }

    private async Task ReviewAnswerAsync(ChatContext ctx, Draft draft, Answer answer, CancellationToken ct)
    {
        var typed = SearchKey.Of(answer.Text) is "tiep nhan" or "ok" or "dong y" or "xac nhan" or "co" or "receive" or "yes";
        var choice = typed ? $"ok:{draft.Revision.ToString(CultureInfo.InvariantCulture)}" : answer.Button;
        if (choice is not null && choice.StartsWith("ok:", StringComparison.Ordinal))
        {
            await ReceiveAsShownAsync(ctx, draft, choice[3..], ct);
            return;
        }

        if (IsTypedRefusal(answer.Text, out var typedReason))
        {
            await RefusalReasonGivenAsync(ctx, draft, typedReason, ct);
            return;
        }

        switch (choice)
        {
            case "r":
                await AskRefusalReasonAsync(ctx, draft, ct);
                return;
            case "b":
                await ReviewAsync(ctx, draft, ct);
                return;
            case "zns" when zalo.Value.Enabled:
                draft.NoticesByPhone = !draft.NoticesByPhone;
                await ReviewAsync(ctx, draft, ct);
                return;
            case "e:p":
                draft.Step = Step.Procedure;
                ctx.SaveForm(Kind, draft);
                ctx.Reply(ctx.T(DossierTexts.AskProcedureAgain), await CommonProceduresAsync(ctx, ct));
                return;
            case "e:n":
                AskAgain(ctx, draft, Step.Name, ctx.T(DossierTexts.AskName, await ProcedureNameAsync(ctx, draft, ct)));
                return;
            case "e:ph":
                AskAgain(ctx, draft, Step.Phone, ctx.T(DossierTexts.AskPhone));
                return;
            case "e:c":
                AskAgain(ctx, draft, Step.Channel, ctx.T(DossierTexts.AskChannel), ChannelButtons(ctx));
                return;
            case "e:d":
                AskAgain(ctx, draft, Step.Digitized, ctx.T(DossierTexts.AskDigitized), YesNo(ctx));
                return;
            case "e:f" when draft.FeeSetByProvince:
                AskAgain(ctx, draft, Step.FeeAmount, ctx.T(DossierTexts.AskFeeAgain, FeeText(ctx, draft.Fee ?? 0, draft.Payment ?? PaymentMethod.None)));
                return;
            case "e:f":
                ctx.Reply(ctx.T(DossierTexts.FeeFromCatalog, Show.Money(draft.Fee ?? 0)), ReviewButtons(ctx, draft));
                return;
            case "x":
                ctx.CloseForm();
                ctx.Reply(ctx.T(Start.StartTexts.Cancelled));
                return;
            default:
                ctx.Reply(ctx.T(DossierTexts.ChooseButton), ReviewButtons(ctx, draft));
                return;
        }
    }

    /// <summary>Receives the dossier if the officer pressed the latest summary and its due date and hours still hold; otherwise shows it again.</summary>
    private async Task ReceiveAsShownAsync(ChatContext ctx, Draft draft, string revision, CancellationToken ct)
    {
        var procedure = await ctx.Db.Procedures.AsNoTracking().SingleAsync(p => p.Id == draft.ProcedureId, ct);
        var current = revision == draft.Revision.ToString(CultureInfo.InvariantCulture);
        var unchanged = DueDates.Compute(procedure.Processing, ctx.Now.Local, calendar) == draft.ShownDue
            && IsOutOfHours(ctx.Now) == draft.ShownOutOfHours;
        if (!current || !unchanged)
        {
            await ReviewAsync(ctx, draft, ct, current ? DossierTexts.SummaryChanged : DossierTexts.SummaryOld);
            return;
        }

        await FinishAsync(ctx, draft, procedure, ct);
    }

    private static async Task AskRefusalReasonAsync(ChatContext ctx, Draft draft, CancellationToken ct) =>
        AskAgain(ctx, draft, Step.RefusalReason, ctx.T(DossierTexts.AskRefusalReason, await ProcedureNameAsync(ctx, draft, ct), draft.Name!), BackButton(ctx));

    /// <summary>The reason for refusing, typed after «Từ chối tiếp nhận»; a button of the summary leaves the question.</summary>
    private async Task RefusalReasonAsync(ChatContext ctx, Draft draft, Answer answer, CancellationToken ct)
    {
        if (answer.Button is not null)
        {
            draft.Step = Step.Review;
            ctx.SaveForm(Kind, draft);
            await ReviewAnswerAsync(ctx, draft, answer, ct);
            return;
        }

        // "tu choi <lý do>" typed again is the reason, not a reason that begins with "tu choi".
        var reason = IsTypedRefusal(answer.Text, out var typedReason) ? typedReason : answer.Text;
        await RefusalReasonGivenAsync(ctx, draft, reason, ct);
    }

    /// <summary>Asks to confirm the refusal with its reason, or asks again, politely, for a reason the form can carry.</summary>
    private async Task RefusalReasonGivenAsync(ChatContext ctx, Draft draft, string? typed, CancellationToken ct)
    {
        if (ReceptionRefusal.NormalizeReason(typed) is not { } reason)
        {
            draft.Step = Step.RefusalReason;
            ctx.SaveForm(Kind, draft);
            var tooLong = (typed?.Trim().Length ?? 0) > ReceptionRefusal.ReasonMaxLength;
            ctx.Reply(
                tooLong
                    ? ctx.T(DossierTexts.RefusalReasonTooLong, ReceptionRefusal.ReasonMaxLength)
                    : ctx.T(DossierTexts.RefusalReasonMissing, ReceptionRefusal.ReasonMinLetters),
                BackButton(ctx));
            return;
        }

        draft.Step = Step.Review;
        var question = ctx.T(DossierTexts.ConfirmRefusal, await ProcedureNameAsync(ctx, draft, ct), draft.Name!, draft.Phone!, reason);
        Confirmations.Ask(ctx, RefuseSubject, new PendingRefusal(draft, reason), question);
    }

    /// <summary>The answer to the refusal's confirmation: refused for good, or the summary again when it was "Huỷ" or too late.</summary>
    public async Task RefusalAnsweredAsync(ChatContext ctx, Confirmations.Answer answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        var pending = answer.Pending.Read<PendingRefusal>();
        if (!answer.Confirmed)
        {
            await ReviewAsync(ctx, pending.Draft, ct, DossierTexts.RefusalNotDone);
            return;
        }

        var draft = pending.Draft;
        var procedure = await ctx.Db.Procedures.AsNoTracking().SingleAsync(p => p.Id == draft.ProcedureId, ct);
        var refusal = ReceptionRefusal.Record(procedure, draft.Name!, draft.Phone!, draft.Channel!.Value, pending.Reason, Office.UnitCode, ctx.Now, ctx.Actor);
        ctx.Db.ReceptionRefusals.Add(refusal);
        ctx.Reply(ctx.T(DossierTexts.RefusalDone) + "\n\n" + DossierForms.ReceptionRefusal(refusal, Office.Name, ctx.Now));
    }

    /// <summary>Something typed while the refusal waits for its confirmation drops the question, as any confirmation is
    /// dropped, but gives the reception form back: the officer's answers are not lost.</summary>
    public static void Resume(ChatContext ctx, Confirmations.Pending dropped)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(dropped);
        var draft = dropped.Read<PendingRefusal>().Draft;
        draft.Step = Step.Review;
        ctx.SaveForm(Kind, draft);
    }

    /// <summary>"tu choi [tiep nhan] [lý do]", as the card's action is typed: whether the text is one, and the reason it gives.</summary>
    private static bool IsTypedRefusal(string? text, out string? reason)
    {
        reason = null;
        if (string.IsNullOrWhiteSpace(text) || ActionParser.Parse(text) is not { Command: { Action: DossierAction.Refuse } command })
        {
            return false;
        }

        var words = command.Reason?.Split(' ', 3) ?? [];
        reason = words.Length >= 2 && SearchKey.Of($"{words[0]} {words[1]}") == "tiep nhan"
            ? (words.Length == 3 ? words[2] : null)
            : command.Reason;
        return true;
    }

    private static IReadOnlyList<IReadOnlyList<Button>> BackButton(ChatContext ctx) =>
        [[new(ctx.T(DossierTexts.BackToSummary), $"{ButtonPrefix}:b")]];

    private static void AskAgain(ChatContext ctx, Draft draft, Step step, string question, IReadOnlyList<IReadOnlyList<Button>>? buttons = null)
    {
        draft.Step = step;
        ctx.SaveForm(Kind, draft);
        ctx.Reply(question, buttons);
    }

    private static async Task<string> ProcedureNameAsync(ChatContext ctx, Draft draft, CancellationToken ct) =>
        await ctx.Db.Procedures.AsNoTracking().Where(p => p.Id == draft.ProcedureId).Select(p => p.Name).SingleAsync(ct);

    private static string FeeText(ChatContext ctx, long fee, PaymentMethod payment) => fee > 0
        ? ctx.T(DossierTexts.FeeLine, Show.Money(fee), DossierNames.Payment(payment, ctx.Language))
        : ctx.T(DossierTexts.NoFee);

    /// <summary>Outside the office's hours, or on a day that is not a working day.</summary>
    private bool IsOutOfHours(OfficeInstant now) =>
        !calendar.IsWorkingDay(now.Date) || now.Time < Office.OpeningTime || now.Time >= Office.ClosingTime;

    private async Task FinishAsync(ChatContext ctx, Draft draft, Procedure procedure, CancellationToken ct)
    {
        var unit = Office.UnitCode;
        await ctx.BeginWriteAsync(ct);
        var sequence = await DailyNumbers.NextAsync(ctx.Db, unit, ctx.Now.Date, ct);
        var reception = new Reception(procedure, draft.Name!, draft.Phone!, draft.Channel!.Value, draft.Digitized!.Value, draft.Payment ?? PaymentMethod.None, draft.Fee ?? 0);
        var dossier = Dossier.Receive(reception, unit, sequence, ctx.Now, ctx.Actor, calendar, BotIdentity.NewSecret());
        ctx.Db.Dossiers.Add(dossier);
        if (draft.NoticesByPhone && zalo.Value.Enabled)
        {
            ctx.Db.ZnsConsents.Add(new ZnsConsent { Dossier = dossier, AtUtc = ctx.Now.Utc });
        }

        ctx.CloseForm();

        var lang = ctx.Language;
        var link = bot.Link(LookupHandler.FollowPrefix + dossier.FollowToken);
        var fee = FeeText(ctx, dossier.FeeVnd, dossier.Payment);
        ctx.Reply(ctx.T(
            DossierTexts.Receipt,
            Office.Name,
            dossier.Code,
            dossier.ProcedureName,
            dossier.ApplicantName,
            dossier.ApplicantPhone,
            DossierNames.Channel(dossier.Channel, lang),
            dossier.DigitizedAtReception ? ctx.T(CommonTexts.Yes) : ctx.T(CommonTexts.No),
            Show.DateTime(clock.ToLocal(dossier.ReceivedAtUtc)),
            ctx.Person.DisplayName,
            fee,
            Show.DateWithWeekday(dossier.DueDate, lang),
            dossier.CodeTail,
            link) + ZaloWay(ctx, dossier));
        ctx.Reply(new OutboundMessage(ctx.Message.Channel, ctx.Message.ChatId, ctx.T(DossierTexts.QrCaption, dossier.Code))
        {
            Photo = new Attachment($"{dossier.CodeTail}.png", FollowQr.Png(link)),
        });
    }

    /// <summary>With a Zalo OA, the receipt also tells a citizen on Zalo how to follow the dossier there.</summary>
    private string ZaloWay(ChatContext ctx, Dossier dossier) =>
        zalo.Value.FollowLink is { } oa ? "\n" + ctx.T(DossierTexts.ReceiptZalo, Office.Name, oa, dossier.CodeTail) : string.Empty;

    /// <summary>The office's common procedures in their configured order, so the usual case is one tap in the same place.</summary>
    private async Task<IReadOnlyList<IReadOnlyList<Button>>> CommonProceduresAsync(ChatContext ctx, CancellationToken ct)
    {
        var procedures = await ctx.Db.Procedures.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        var configured = MatchCommon(procedures, Office.CommonProcedures).Found;
        return ProcedureButtons(configured.Count > 0 ? configured.Take(ChoiceLimit) : procedures.Take(ChoiceLimit));
    }

    /// <summary>The configured common procedures found in the catalog, in their order, and the names it does not have.</summary>
    public static (List<Procedure> Found, List<string> Missing) MatchCommon(IReadOnlyList<Procedure> catalog, IEnumerable<string> names)
    {
        var found = new List<Procedure>();
        var missing = new List<string>();
        foreach (var name in names)
        {
            var key = SearchKey.Of(name);
            if (catalog.FirstOrDefault(p => p.NameKey == key) is { } procedure)
            {
                found.Add(procedure);
            }
            else
            {
                missing.Add(name);
            }
        }

        return (found, missing);
    }

    private static List<IReadOnlyList<Button>> ProcedureButtons(IEnumerable<Procedure> procedures) =>
        procedures.Select(p => (IReadOnlyList<Button>)[new Button(p.Name, $"{ButtonPrefix}:p:{p.Id.ToString(CultureInfo.InvariantCulture)}")]).ToList();

    private static IReadOnlyList<IReadOnlyList<Button>> ChannelButtons(ChatContext ctx) =>
    [[
        new(DossierNames.Channel(DossierChannel.Counter, ctx.Language), $"{ButtonPrefix}:c:1"),
        new(DossierNames.Channel(DossierChannel.Online, ctx.Language), $"{ButtonPrefix}:c:2"),
        new(DossierNames.Channel(DossierChannel.Postal, ctx.Language), $"{ButtonPrefix}:c:3"),
    ]];

    private IReadOnlyList<IReadOnlyList<Button>> ReviewButtons(ChatContext ctx, Draft draft)
    {
        var receive = new Button(
            ctx.T(draft.ShownOutOfHours ? DossierTexts.ReceiveAnywayButton : DossierTexts.ReceiveButton),
            $"{ButtonPrefix}:ok:{draft.Revision.ToString(CultureInfo.InvariantCulture)}");
        List<Button> more = [new(ctx.T(DossierTexts.EditChannel), $"{ButtonPrefix}:e:c"), new(ctx.T(DossierTexts.EditDigitized), $"{ButtonPrefix}:e:d")];
        if (draft.FeeSetByProvince)
        {
            // A catalog fee is changed after reception, with a reason, by "nop phi <số tiền> <lý do>".
            more.Add(new(ctx.T(DossierTexts.EditFee), $"{ButtonPrefix}:e:f"));
        }

        if (zalo.Value.Enabled)
        {
            // Asked aloud at the counter: ZNS reaches the phone when a notice cannot go as a Zalo reply.
            more.Add(new(ctx.T(draft.NoticesByPhone ? DossierTexts.ZnsNoConsentButton : DossierTexts.ZnsConsentButton), $"{ButtonPrefix}:zns"));
        }

        return
        [
            [receive],
            [new(ctx.T(DossierTexts.EditProcedure), $"{ButtonPrefix}:e:p"), new(ctx.T(DossierTexts.EditName), $"{ButtonPrefix}:e:n"), new(ctx.T(DossierTexts.EditPhone), $"{ButtonPrefix}:e:ph")],
            more,
            [new(ctx.T(DossierTexts.RefuseButton), $"{ButtonPrefix}:r"), new(ctx.T(Confirmations.CancelButton), $"{ButtonPrefix}:x")],
        ];
    }

    private static IReadOnlyList<IReadOnlyList<Button>> YesNo(ChatContext ctx) =>
        [[new(ctx.T(CommonTexts.Yes), $"{ButtonPrefix}:y"), new(ctx.T(CommonTexts.No), $"{ButtonPrefix}:n")]];

    private static IReadOnlyList<IReadOnlyList<Button>> PaymentButtons(ChatContext ctx) =>
    [
        [new(DossierNames.Payment(PaymentMethod.Cash, ctx.Language), $"{ButtonPrefix}:pay:1"), new(DossierNames.Payment(PaymentMethod.Transfer, ctx.Language), $"{ButtonPrefix}:pay:2")],
        [new(DossierNames.Payment(PaymentMethod.Online, ctx.Language), $"{ButtonPrefix}:pay:3"), new(ctx.T(DossierTexts.NotPaidYet), $"{ButtonPrefix}:pay:0")],
    ];

    /// <summary>Vietnamese mobile and landline numbers: 10 digits starting with 0 (or +84 / 84 and 9 digits).</summary>
    public static string? NormalizePhone(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = new string(text.Where(char.IsDigit).ToArray());
        if (text.TrimStart().StartsWith('+') || (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length == 11))
        {
            digits = digits.StartsWith("84", StringComparison.Ordinal) ? "0" + digits[2..] : digits;
        }

        var onlyPhoneCharacters = text.All(c => char.IsDigit(c) || c is ' ' or '.' or '-' or '+' or '(' or ')');
        return onlyPhoneCharacters && digits.Length == 10 && digits[0] == '0' ? digits : null;
    }

    internal enum Step
    {
        Procedure,
        Name,
        Phone,
        Channel,
        Digitized,
        FeeAmount,
        Payment,
        Review,
        RefusalReason,
    }

    internal sealed class Draft
    {
        public Step Step { get; set; }

        public int? ProcedureId { get; set; }

        public string? Name { get; set; }

        public string? Phone { get; set; }

        public DossierChannel? Channel { get; set; }

        public bool? Digitized { get; set; }

        public long? Fee { get; set; }

        public PaymentMethod? Payment { get; set; }

        /// <summary>The summary was shown once: an answer given again goes back to it.</summary>
        public bool Reviewing { get; set; }

        /// <summary>Which showing of the summary is the latest; its "receive" button carries it.</summary>
        public int Revision { get; set; }

        public DateOnly? ShownDue { get; set; }

        public bool ShownOutOfHours { get; set; }

        /// <summary>The fee was typed because the province sets it; a catalog fee is not edited in the form.</summary>
        public bool FeeSetByProvince { get; set; }

        /// <summary>The applicant agreed to status notices by phone (ZNS).</summary>
        public bool NoticesByPhone { get; set; }
    }

    /// <summary>A refusal waiting for its confirmation: the form as it was, to be given back, and the reason.</summary>
    internal sealed record PendingRefusal(Draft Draft, string Reason);

    /// <summary>A form answer: the tapped button's data after "rc:", or the typed text, or a shared contact.</summary>
    private readonly record struct Answer(string? Button, string? Text, string? Contact)
    {
        public static Answer From(InboundMessage m) => new(
            m.ButtonData is { } d && d.StartsWith(ButtonPrefix + ":", StringComparison.Ordinal) ? d[(ButtonPrefix.Length + 1)..] : null,
            m.ButtonData is null ? m.Text?.Trim() : null,
            m.ContactPhone);
    }
}
