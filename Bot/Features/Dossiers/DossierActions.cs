using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Dossiers;

namespace OneStopBot.Bot.Features.Dossiers;

/// <summary>Moving a dossier through its states: by a typed message, by a reply to its card, or by a card button.</summary>
internal sealed class DossierActions(
    DossierViews views,
    DossierNotices notices,
    IWorkingCalendar calendar,
    IOptions<OfficeOptions> office)
{
    public const string ButtonPrefix = "d";
    public const string ReasonFormKind = "dossier-detail";

    /// <summary>"&lt;code&gt; &lt;action&gt; [details]", or "&lt;action&gt; [details]" in reply to a card.</summary>
    public async Task ApplyTypedAsync(ChatContext ctx, string text, CancellationToken ct)
    {
        var firstSpace = text.IndexOf(' ', StringComparison.Ordinal);
        var head = firstSpace < 0 ? text : text[..firstSpace];
        string? codeText;
        string actionText;
        if (DossierCode.Tail(head) is not null)
        {
            codeText = head;
            actionText = firstSpace < 0 ? string.Empty : text[(firstSpace + 1)..];
        }
        else
        {
            codeText = DossierCode.FindTail(ctx.Message.ReplyToText);
            actionText = text;
        }

        if (codeText is null)
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown) + "\n\n" + ctx.T(Start.StartTexts.OfficerHelp));
            return;
        }

        var dossier = await DossierQueries.FindAsync(ctx.Db, codeText, ct);
        if (dossier is null)
        {
            ctx.Reply(ctx.T(DossierTexts.NotFound, codeText));
            return;
        }

        if (string.IsNullOrWhiteSpace(actionText))
        {
            ctx.Reply(views.Card(ctx, dossier));
            return;
        }

        var parsed = ActionParser.Parse(actionText);
        switch (parsed.Problem)
        {
            case ActionParser.Problem.BadDate:
                ctx.Reply(ctx.T(DossierTexts.BadDate, Show.Date(calendar.AddWorkingDays(ctx.Now.Date, 3))));
                return;
            case ActionParser.Problem.BadAmount:
                ctx.Reply(ctx.T(DossierTexts.AskFee, dossier.Code));
                return;
            case ActionParser.Problem.UnknownAction:
                ctx.Reply(ctx.T(DossierTexts.ActionUnknown, dossier.Code, AllowedList(ctx, dossier)), DossierViews.Buttons(dossier, ctx.Language));
                return;
        }

        await ApplyAsync(ctx, dossier, parsed.Command!, ct);
    }

    /// <summary><c>d:{id}:{action}[-{detail}]:{version}</c> from a card's button.</summary>
    public async Task ApplyButtonAsync(ChatContext ctx, string data, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        var parts = data.Split(':');
        if (parts.Length != 4
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        var codeAndDetail = parts[2].Split('-', 2);
        var action = DossierViews.ActionOfButton(codeAndDetail[0]);
        var dossier = await DossierQueries.FindAsync(ctx.Db, id, ct);
        if (dossier is null || action is null)
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        if (dossier.Version != version)
        {
            ctx.Reply(views.Card(ctx, dossier, ctx.T(DossierTexts.StaleButton)));
            return;
        }

        var detail = codeAndDetail.Length > 1 ? codeAndDetail[1] : null;
        var command = new DossierCommand(action.Value);
        switch (action.Value)
        {
            case DossierAction.RequestSupplement or DossierAction.Refuse or DossierAction.Stop:
                AskDetail(ctx, dossier, action.Value, ctx.T(DossierTexts.AskReason, DossierNames.Action(action.Value, ctx.Language), dossier.Code));
                return;
            case DossierAction.Apologize:
                AskDetail(ctx, dossier, action.Value, ctx.T(DossierTexts.AskApology, dossier.Code, Show.Date(dossier.DueDate), Show.Date(calendar.AddWorkingDays(dossier.DueDate, 3))));
                return;
            case DossierAction.RequestFee when dossier.FeeVnd <= 0:
                AskDetail(ctx, dossier, action.Value, ctx.T(DossierTexts.AskFee, dossier.Code));
                return;
            case DossierAction.FeePaid:
                command = command with { Payment = ActionParser.PaymentOf(detail) };
                break;
        }

        await ApplyAsync(ctx, dossier, command, ct);
    }

    /// <summary>The detail asked for after a button: a reason, an amount, or "dd/MM/yyyy reason".</summary>
    public async Task ContinueReasonAsync(ChatContext ctx, CancellationToken ct)
    {
        var pending = ctx.FormData<PendingDetail>();
        ctx.CloseForm();
        var text = ctx.Message.Text?.Trim();
        if (pending is null || string.IsNullOrEmpty(text) || !ctx.Person.IsStaff)
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        var dossierId = pending.DossierId;
        var dossier = await DossierQueries.FindAsync(ctx.Db, dossierId, ct);
        if (dossier is null)
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        if (dossier.Version != pending.Version)
        {
            ctx.Reply(views.Card(ctx, dossier, ctx.T(DossierTexts.StaleButton)));
            return;
        }

        var command = Detail(pending.Action, text);
        if (command is null)
        {
            // Keep the question open so the officer can correct the answer.
            ctx.SaveForm(ReasonFormKind, pending);
            ctx.Reply(pending.Action == DossierAction.Apologize
                ? ctx.T(DossierTexts.BadDate, Show.Date(calendar.AddWorkingDays(dossier.DueDate, 3)))
                : ctx.T(DossierTexts.FeeInvalid));
            return;
        }

        await ApplyAsync(ctx, dossier, command, ct);
    }

    private static DossierCommand? Detail(DossierAction action, string text)
    {
        switch (action)
        {
            case DossierAction.Apologize:
                var space = text.IndexOf(' ', StringComparison.Ordinal);
                var dateText = space < 0 ? text : text[..space];
                return ActionParser.TryDate(dateText, out var date)
                    ? new DossierCommand(action) { NewDate = date, Reason = space < 0 ? null : text[(space + 1)..].Trim() }
                    : null;
            case DossierAction.RequestFee:
                return ActionParser.TryAmount(text, out var amount) ? new DossierCommand(action) { Amount = amount } : null;
            default:
                return new DossierCommand(action) { Reason = text };
        }
    }

    private static void AskDetail(ChatContext ctx, Dossier dossier, DossierAction action, string question)
    {
        ctx.SaveForm(ReasonFormKind, new PendingDetail(dossier.Id, action, dossier.Version));
        ctx.Reply(question);
    }

    private async Task ApplyAsync(ChatContext ctx, Dossier dossier, DossierCommand command, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        var from = dossier.State;
        var warnings = dossier.Apply(command, ctx.Now, ctx.Actor, calendar);
        await notices.TellFollowersAsync(ctx, dossier, command.Action, ct);
        var done = ctx.T(DossierTexts.ActionDone, dossier.Code, DossierNames.Action(command.Action, ctx.Language), DossierNames.State(dossier.State, ctx.Language));
        if (from == dossier.State)
        {
            done = done.Replace($" → {DossierNames.State(dossier.State, ctx.Language)}", string.Empty, StringComparison.Ordinal);
        }

        if (warnings.Contains("dossier.second_supplement_late"))
        {
            done += "\n" + ctx.T(DossierTexts.SecondSupplementWarning);
        }

        ctx.Reply(views.Card(ctx, dossier, done));
        switch (command.Action)
        {
            case DossierAction.RequestSupplement:
                ctx.Reply(ctx.T(DossierTexts.FormFollows) + "\n\n" + DossierForms.SupplementRequest(dossier, office.Value.Name, ctx.Person.DisplayName, ctx.Now));
                break;
            case DossierAction.Apologize:
                ctx.Reply(ctx.T(DossierTexts.FormFollows) + "\n\n" + DossierForms.Apology(dossier, office.Value.Name, ctx.Now));
                break;
        }
    }

    private static string AllowedList(ChatContext ctx, Dossier dossier) =>
        string.Join(", ", DossierStates.Allowed(dossier.State).Select(a => $"«{DossierNames.Typed(a)}»"));

    internal sealed record PendingDetail(int DossierId, DossierAction Action, int Version);
}
