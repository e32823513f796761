using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;

namespace OneStopBot.Bot.Features.Complaints;

/// <summary>
/// /phananh: a guided complaint or suggestion (kind, dossier, text, officer, anonymous or named with a phone to call
/// back), its tracking code, its state (/phananh &lt;code&gt;), the information the office asks the citizen to add,
/// and the one reopening a citizen may ask for.
/// </summary>
internal sealed class ComplaintForm(IWorkingCalendar calendar, LeaderAudience audience, OfficeDirectory offices)
{
    public const string Kind = "complaint";
    public const string ButtonPrefix = "pa";

    /// <summary>Complaints one chat may file in a day: enough for a real grievance, not a flood of leader alerts.</summary>
    public const int PerChatPerDay = 3;

    /// <summary>/phananh starts the form; /phananh &lt;code&gt; shows that complaint's state.</summary>
    public async Task BeginAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(args))
        {
            await StatusAsync(ctx, args, ct);
            return;
        }

        if (await RefuseFloodAsync(ctx, ct))
        {
            return;
        }

        ctx.SaveForm(Kind, new Draft { Step = Step.Kind });
        ctx.Reply(ctx.T(ComplaintTexts.AskKind), KindButtons(ctx.Language));
    }

    private static async Task<bool> RefuseFloodAsync(ChatContext ctx, CancellationToken ct)
    {
        var channel = ctx.Message.Channel;
        var chat = ctx.Message.ChatId;
        var today = ctx.Now.Date;
        if (await ctx.Db.Complaints.CountAsync(c => c.Channel == channel && c.ChatId == chat && c.ReceivedOn == today, ct) < PerChatPerDay)
        {
            return false;
        }

        ctx.CloseForm();
        ctx.Reply(ctx.T(ComplaintTexts.TooMany, PerChatPerDay));
        return true;
    }

    public async Task ContinueAsync(ChatContext ctx, CancellationToken ct)
    {
        var button = ctx.Message.ButtonData is { } d && d.StartsWith(ButtonPrefix + ":", StringComparison.Ordinal) ? d[(ButtonPrefix.Length + 1)..] : null;
        if (button is not null && button.StartsWith("r:", StringComparison.Ordinal))
        {
            await ReopenAsync(ctx, button, ct);
            return;
        }

        if (button is not null && button.StartsWith("i:", StringComparison.Ordinal))
        {
            await BeginMoreInfoAsync(ctx, button, ct);
            return;
        }

        var draft = ctx.Form?.Kind == Kind ? ctx.FormData<Draft>() : null;
        if (draft is null)
        {
            ctx.Reply(ctx.T(Start.StartTexts.NothingToCancel));
            return;
        }

        var text = ctx.Message.ButtonData is null ? ctx.Message.Text?.Trim() : null;
        switch (draft.Step)
        {
            case Step.Kind:
                KindStep(ctx, draft, button);
                break;
            case Step.Dossier:
                await DossierStepAsync(ctx, draft, button, text, ct);
                break;
            case Step.Office:
                OfficeStep(ctx, draft, button);
                break;
            case Step.Text:
                await TextStepAsync(ctx, draft, text, ct);
                break;
            case Step.Officer:
                await OfficerStepAsync(ctx, draft, button, ct);
                break;
            case Step.Anonymous:
                await AnonymousStepAsync(ctx, draft, button, ct);
                break;
            case Step.Phone:
                await PhoneStepAsync(ctx, draft, button, text, ct);
                break;
            case Step.MoreInfo:
                await MoreInfoStepAsync(ctx, draft, text, ct);
                break;
        }
    }

    private static void KindStep(ChatContext ctx, Draft draft, string? button)
    {
        (ComplaintKind Kind, bool Harassment)? chosen = button switch
        {
            "k:1" => (ComplaintKind.Procedure, false),
            "k:2" => (ComplaintKind.OfficerConduct, false),
            "k:5" => (ComplaintKind.OfficerConduct, true),
            "k:3" => (ComplaintKind.Delay, false),
            "k:4" => (ComplaintKind.Other, false),
            _ => null,
        };
        if (chosen is null)
        {
            ctx.Reply(ctx.T(ComplaintTexts.ChooseButton), KindButtons(ctx.Language));
            return;
        }

        draft.ComplaintKind = chosen.Value.Kind;
        draft.Harassment = chosen.Value.Harassment;
        draft.Step = Step.Dossier;
        ctx.SaveForm(Kind, draft);
        ctx.Reply(ctx.T(ComplaintTexts.AskDossier), SkipButton(ctx.Language));
    }

    private async Task DossierStepAsync(ChatContext ctx, Draft draft, string? button, string? text, CancellationToken ct)
    {
        if (button != "skip")
        {
            var tail = text is null ? null : DossierCode.Tail(text);
            var followed = tail is null
                ? null
                : await FollowHandler.FollowedBy(ctx).Where(d => d.CodeTail == tail).Select(d => new { d.Id, d.UnitCode }).FirstOrDefaultAsync(ct);
            if (followed is null)
            {
                // Only a dossier the chat already proved it may see: the code alone tells nothing.
                ctx.Reply(ctx.T(ComplaintTexts.DossierNotFollowed, text ?? string.Empty), SkipButton(ctx.Language));
                return;
            }

            draft.DossierId = followed.Id;
            draft.UnitCode = followed.UnitCode;
        }

        draft.UnitCode ??= (await Communes.ImpliedAsync(ctx, offices, ct))?.UnitCode;
        if (draft.UnitCode is null)
        {
            draft.Step = Step.Office;
            ctx.SaveForm(Kind, draft);
            ctx.Reply(ctx.T(ComplaintTexts.AskOffice), Communes.Buttons(offices, $"{ButtonPrefix}:c:"));
            return;
        }

        AskText(ctx, draft);
    }

    private void OfficeStep(ChatContext ctx, Draft draft, string? button)
    {
        if (Communes.Chosen(offices, button, "c:") is not { } office)
        {
            ctx.Reply(ctx.T(ComplaintTexts.ChooseButton), Communes.Buttons(offices, $"{ButtonPrefix}:c:"));
            return;
        }

        draft.UnitCode = office.UnitCode;
        AskText(ctx, draft);
    }

    private static void AskText(ChatContext ctx, Draft draft)
    {
        draft.Step = Step.Text;
        ctx.SaveForm(Kind, draft);
        ctx.Reply(ctx.T(ComplaintTexts.AskText));
    }

    private async Task TextStepAsync(ChatContext ctx, Draft draft, string? text, CancellationToken ct)
    {
        if (text is null || text.Length is < Complaint.MinText or > Complaint.MaxText || text.StartsWith('/'))
        {
            ctx.Reply(ctx.T(ComplaintTexts.TextInvalid));
            return;
        }

        draft.Text = text;
        draft.Step = Step.Officer;
        ctx.SaveForm(Kind, draft);
        await AskOfficerAsync(ctx, draft, ct);
    }

    private async Task AskOfficerAsync(ChatContext ctx, Draft draft, CancellationToken ct)
    {
        var officers = await Audience.OfficersForCitizensAsync(ctx.Db, offices, OfficeOf(draft), 20, ct);
        var rows = officers
            .Select(p => (IReadOnlyList<Button>)[Audience.OfficerButton(p, $"{ButtonPrefix}:o:{p.Id.ToString(CultureInfo.InvariantCulture)}")])
            .Append([new Button(ctx.T(CommonTexts.SkipStep), $"{ButtonPrefix}:skip")])
            .ToList();
        ctx.Reply(ctx.T(ComplaintTexts.AskOfficer), rows);
    }

    private async Task OfficerStepAsync(ChatContext ctx, Draft draft, string? button, CancellationToken ct)
    {
        if (button != "skip")
        {
            var id = button is { } b && b.StartsWith("o:", StringComparison.Ordinal) && long.TryParse(b[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
            if (!await ctx.Db.People.Where(offices.StaffOf(OfficeOf(draft))).AnyAsync(p => p.Id == id && p.Role == Role.Officer, ct))
            {
                await AskOfficerAsync(ctx, draft, ct);
                return;
            }

            draft.OfficerId = id;
        }

        draft.Step = Step.Anonymous;
        ctx.SaveForm(Kind, draft);
        ctx.Reply(ctx.T(ComplaintTexts.AskAnonymous), [[new(ctx.T(ComplaintTexts.Named), $"{ButtonPrefix}:a:n"), new(ctx.T(ComplaintTexts.Anonymous), $"{ButtonPrefix}:a:y")]]);
    }

    private async Task AnonymousStepAsync(ChatContext ctx, Draft draft, string? button, CancellationToken ct)
    {
        if (button is not ("a:y" or "a:n"))
        {
            ctx.Reply(ctx.T(ComplaintTexts.ChooseButton), [[new(ctx.T(ComplaintTexts.Named), $"{ButtonPrefix}:a:n"), new(ctx.T(ComplaintTexts.Anonymous), $"{ButtonPrefix}:a:y")]]);
            return;
        }

        if (button == "a:n")
        {
            draft.Step = Step.Phone;
            ctx.SaveForm(Kind, draft);
            ctx.Reply(ctx.T(ComplaintTexts.AskPhone), SkipButton(ctx.Language));
            return;
        }

        await FileAsync(ctx, draft, anonymous: true, phone: null, ct);
    }

    private async Task PhoneStepAsync(ChatContext ctx, Draft draft, string? button, string? text, CancellationToken ct)
    {
        string? phone = null;
        if (button != "skip")
        {
            phone = Dossiers.ReceptionForm.NormalizePhone(ctx.Message.ContactPhone ?? text);
            if (phone is null)
            {
                ctx.Reply(ctx.T(ComplaintTexts.PhoneInvalid), SkipButton(ctx.Language));
                return;
            }
        }

        await FileAsync(ctx, draft, anonymous: false, phone, ct);
    }

    private async Task FileAsync(ChatContext ctx, Draft draft, bool anonymous, string? phone, CancellationToken ct)
    {
        if (await RefuseFloodAsync(ctx, ct))
        {
            return;
        }

        var today = ctx.Now.Date;
        await ctx.BeginWriteAsync(ct);
        var sequence = await DailyNumbers.NextAsync(ctx.Db, DailyNumbers.Complaints, today, ct);
        var complaint = Complaint.File(
            OfficeOf(draft),
            ComplaintCards.NewCode(today, sequence),
            draft.ComplaintKind ?? ComplaintKind.Other,
            draft.Harassment,
            draft.Text ?? string.Empty,
            ctx.Message.Channel,
            ctx.Message.ChatId,
            ctx.Person.Id,
            anonymous,
            draft.DossierId,
            draft.OfficerId,
            ctx.Now,
            calendar);
        if (phone is not null)
        {
            complaint.LeaveContact(phone);
        }

        ctx.Db.Complaints.Add(complaint);
        ctx.CloseForm();
        ctx.Reply(ctx.T(ComplaintTexts.Filed, complaint.TrackingCode, Show.DateWithWeekday(complaint.ResolveBy!.Value, ctx.Language)));
        await TellLeadersAsync(ctx, complaint, null, ct);
    }

    private async Task StatusAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        var code = ComplaintCards.Find(args);
        var complaint = code is null ? null : await FindOwnAsync(ctx, code, ct);
        if (complaint is null)
        {
            ctx.Reply(ctx.T(ComplaintTexts.NotFound, args.Trim()));
            return;
        }

        var text = ctx.T(
            ComplaintTexts.Status,
            complaint.TrackingCode,
            ComplaintTexts.Kind(complaint.Kind, complaint.Harassment, ctx.Language),
            Show.Date(complaint.ReceivedOn),
            ComplaintTexts.State(complaint.State, ctx.Language),
            ComplaintCards.Date(complaint.ResolveBy));
        if (complaint.Answer is { } answer && !complaint.IsOpen)
        {
            text += "\n" + ctx.T(ComplaintTexts.StatusAnswer, answer);
        }

        if (complaint.IsOpen && complaint.MoreInfoAsked is { } question)
        {
            text += "\n" + ctx.T(ComplaintTexts.StatusQuestion, question);
        }

        ctx.Reply(text, complaint.IsOpen ? MoreInfoButtons(complaint, ctx.Language) : ReopenButtons(complaint, ctx.Language));
    }

    /// <summary><c>pa:i:{id}</c>: the citizen answers the office's request for more information.</summary>
    private static async Task BeginMoreInfoAsync(ChatContext ctx, string button, CancellationToken ct)
    {
        var id = long.TryParse(button[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        var channel = ctx.Message.Channel;
        var chat = ctx.Message.ChatId;
        var complaint = await ctx.Db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.Channel == channel && c.ChatId == chat, ct);
        if (complaint is null)
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        if (!MayAddInfo(ctx, complaint))
        {
            return;
        }

        ctx.SaveForm(Kind, new Draft { Step = Step.MoreInfo, ComplaintId = complaint.Id });
        ctx.Reply(ctx.T(ComplaintTexts.AskMoreInfo, complaint.TrackingCode, complaint.MoreInfoAsked ?? string.Empty));
    }

    private async Task MoreInfoStepAsync(ChatContext ctx, Draft draft, string? text, CancellationToken ct)
    {
        if (text is null || text.Length == 0 || text.StartsWith('/'))
        {
            ctx.Reply(ctx.T(ComplaintTexts.TextInvalid));
            return;
        }

        var complaint = await ctx.Db.Complaints.SingleAsync(c => c.Id == draft.ComplaintId, ct);
        ctx.CloseForm();
        if (!MayAddInfo(ctx, complaint))
        {
            return;
        }

        complaint.AddInfo(ctx.Message.Channel, ctx.Message.ChatId, text);
        ctx.Reply(ctx.T(ComplaintTexts.MoreInfoSent, complaint.TrackingCode));
        await TellLeadersAsync(ctx, complaint, ComplaintTexts.MoreInfoAlert, ct);
    }

    /// <summary>Only to an open complaint the office asked more about; otherwise the citizen is told why, and nothing is kept open.</summary>
    private static bool MayAddInfo(ChatContext ctx, Complaint complaint)
    {
        if (!complaint.IsOpen)
        {
            ctx.Reply(ctx.T(ComplaintTexts.ClosedNoMore, complaint.TrackingCode));
            return false;
        }

        if (complaint.MoreInfoAsked is null)
        {
            ctx.Reply(ErrorTexts.For(new Domain.DomainException("complaint.nothing_asked", complaint.TrackingCode), ctx.Language));
            return false;
        }

        return true;
    }

    public static IReadOnlyList<IReadOnlyList<Button>> MoreInfoButtons(Complaint complaint, Language language)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint.IsOpen && complaint.MoreInfoAsked is not null
            ? [[new(ComplaintTexts.AddInfoButton[language], $"{ButtonPrefix}:i:{complaint.Id.ToString(CultureInfo.InvariantCulture)}")]]
            : [];
    }

    /// <summary><c>pa:r:{id}</c>: the citizen is not satisfied with the answer.</summary>
    private async Task ReopenAsync(ChatContext ctx, string button, CancellationToken ct)
    {
        var id = long.TryParse(button[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        var channel = ctx.Message.Channel;
        var chat = ctx.Message.ChatId;
        var complaint = await ctx.Db.Complaints.FirstOrDefaultAsync(c => c.Id == id && c.Channel == channel && c.ChatId == chat, ct);
        if (complaint is null)
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        complaint.Reopen(channel, chat, ctx.Now, calendar);
        ctx.Reply(ctx.T(ComplaintTexts.Reopened, complaint.TrackingCode, Show.DateWithWeekday(complaint.ResolveBy!.Value, ctx.Language)));
        await TellLeadersAsync(ctx, complaint, ComplaintTexts.ReopenedAlert, ct);
    }

    /// <summary>Every leader gets the complaint's card, to reply to.</summary>
    private async Task TellLeadersAsync(ChatContext ctx, Complaint complaint, Text? heading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(complaint);
        foreach (var leader in await audience.ListAsync(ctx.Db, complaint.UnitCode, ct))
        {
            var card = await ComplaintCards.CardAsync(ctx.Db, complaint, leader.Language, ct);
            ctx.Notify(leader.Channel, leader.ExternalId, heading is null ? card : heading[leader.Language] + "\n" + card);
        }
    }

    public static IReadOnlyList<IReadOnlyList<Button>> ReopenButtons(Complaint complaint, Language language)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint.State == ComplaintState.Answered && complaint.ReopenCount == 0
            ? [[new(ComplaintTexts.Reopen[language], $"{ButtonPrefix}:r:{complaint.Id.ToString(CultureInfo.InvariantCulture)}")]]
            : [];
    }

    private static Task<Complaint?> FindOwnAsync(ChatContext ctx, string code, CancellationToken ct)
    {
        var channel = ctx.Message.Channel;
        var chat = ctx.Message.ChatId;
        return ctx.Db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.TrackingCode == code && c.Channel == channel && c.ChatId == chat, ct);
    }

    private static IReadOnlyList<IReadOnlyList<Button>> KindButtons(Language language) =>
    [
        [new(Cap(ComplaintTexts.Kind(ComplaintKind.Procedure, false, language)), $"{ButtonPrefix}:k:1")],
        [new(Cap(ComplaintTexts.Kind(ComplaintKind.OfficerConduct, false, language)), $"{ButtonPrefix}:k:2")],
        [new(Cap(ComplaintTexts.Kind(ComplaintKind.OfficerConduct, true, language)), $"{ButtonPrefix}:k:5")],
        [new(Cap(ComplaintTexts.Kind(ComplaintKind.Delay, false, language)), $"{ButtonPrefix}:k:3")],
        [new(Cap(ComplaintTexts.Kind(ComplaintKind.Other, false, language)), $"{ButtonPrefix}:k:4")],
    ];

    private static string Cap(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static IReadOnlyList<IReadOnlyList<Button>> SkipButton(Language language) =>
        [[new(CommonTexts.SkipStep[language], $"{ButtonPrefix}:skip")]];

    internal enum Step
    {
        Kind,
        Dossier,
        Text,
        Officer,
        Anonymous,
        Phone,
        MoreInfo,
        Office,
    }

    /// <summary>
    /// The draft's office; a draft begun before offices were recorded has none, and is the one office's (a deployment
    /// of several offices always records it).
    /// </summary>
    private string OfficeOf(Draft draft) => draft.UnitCode ?? offices.One?.UnitCode ?? string.Empty;

    internal sealed class Draft
    {
        public Step Step { get; set; }

        public ComplaintKind? ComplaintKind { get; set; }

        public bool Harassment { get; set; }

        public int? DossierId { get; set; }

        /// <summary>The office the complaint is about: the dossier's, the one implied, or the one chosen.</summary>
        public string? UnitCode { get; set; }

        public string? Text { get; set; }

        public long? OfficerId { get; set; }

        /// <summary>The complaint the citizen is adding to (step <see cref="Step.MoreInfo"/>).</summary>
        public long? ComplaintId { get; set; }
    }
}
