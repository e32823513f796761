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
    CurrentOffice current)
{
    public const string ButtonPrefix = "d";
    public const string ReasonFormKind = "dossier-detail";
    public const string ConfirmSubject = "dossier";

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
            codeText = DossierViews.CardCode(ctx.Message.ReplyToText);
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
                ctx.Reply(ctx.T(DossierTexts.FeeInvalid));
                return;
            case ActionParser.Problem.NotAnAction:
                ctx.Reply(NotAnAction(ctx, dossier, actionText, parsed.Suggestion), DossierViews.Buttons(dossier, ctx.Language));
                return;
        }

        await ProceedAsync(ctx, dossier, parsed.Command!, ct);
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

        if (action == DossierAction.Undo)
        {
            await UndoAsync(ctx, dossier, ct);
            return;
        }

        var detail = codeAndDetail.Length > 1 ? codeAndDetail[1] : null;
        var command = action == DossierAction.FeePaid
            ? new DossierCommand(action.Value) { Payment = ActionParser.PaymentOf(detail) }
            : new DossierCommand(action.Value);
        await ProceedAsync(ctx, dossier, command, ct);
    }

    /// <summary>The detail asked for after a button: a reason, an amount, or "dd/MM/yyyy reason".</summary>
    public async Task ContinueReasonAsync(ChatContext ctx, CancellationToken ct)
    {
        var pending = ctx.FormData<PendingDetail>();
        ctx.CloseForm();
        var text = ctx.Message.Text?.Trim();
        if (text is not null && DossierCode.Tail(text.Split(' ', 2)[0]) is not null)
        {
            // A new "<code> <action>" is not the answer to the question: it leaves the question behind.
            await ApplyTypedAsync(ctx, text, ct);
            return;
        }

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

        await ProceedAsync(ctx, dossier, command, ct);
    }

    /// <summary><c>/hoantac [mã]</c>: takes back the officer's own last change, of the dossier named or else the latest one.</summary>
    public async Task UndoCommandAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        var dossier = string.IsNullOrWhiteSpace(args)
            ? await LastChangedByAsync(ctx, ct)
            : await DossierQueries.FindAsync(ctx.Db, args.Trim(), ct);
        if (dossier is null)
        {
            ctx.Reply(string.IsNullOrWhiteSpace(args) ? ctx.T(DossierTexts.NothingToUndo, (int)Dossier.UndoWindow.TotalMinutes) : ctx.T(DossierTexts.NotFound, args.Trim()));
            return;
        }

        await UndoAsync(ctx, dossier, ct);
    }

    private static async Task<Dossier?> LastChangedByAsync(ChatContext ctx, CancellationToken ct)
    {
        var since = ctx.Now.Utc - Dossier.UndoWindow;
        var id = await ctx.Db.DossierEvents.AsNoTracking()
            .Where(e => e.ActorId == ctx.Person.Id && e.AtUtc >= since && e.Action != DossierAction.Accept)
            .OrderByDescending(e => e.Id)
            .Select(e => (int?)e.DossierId)
            .FirstOrDefaultAsync(ct);
        return id is null ? null : await DossierQueries.FindAsync(ctx.Db, id.Value, ct);
    }

    private async Task UndoAsync(ChatContext ctx, Dossier dossier, CancellationToken ct)
    {
        var undoneVersion = dossier.Version;
        var undone = dossier.Undo(ctx.Now, ctx.Actor);
        await notices.CorrectAsync(ctx, dossier, undone, undoneVersion, ct);
        ctx.Reply(views.Card(ctx, dossier, ctx.T(DossierTexts.Undone, DossierNames.Action(undone.Action, ctx.Language), dossier.Code, DossierNames.State(dossier.State, ctx.Language))));
    }

    /// <summary>An action confirmed with "Xác nhận": applied unless the dossier changed since the question.</summary>
    public async Task ConfirmedAsync(ChatContext ctx, Confirmations.Pending confirmed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        var pending = confirmed.Read<PendingAction>();
        var dossier = await DossierQueries.FindAsync(ctx.Db, pending.DossierId, ct);
        if (dossier is null || !AccessHandler.RequireStaff(ctx))
        {
            ctx.Reply(ctx.T(Confirmations.Expired));
            return;
        }

        if (dossier.Version != pending.Version)
        {
            ctx.Reply(views.Card(ctx, dossier, ctx.T(DossierTexts.StaleButton)));
            return;
        }

        await ApplyAsync(ctx, dossier, pending.Command, ct);
    }

    /// <summary>Asks for what the action still lacks, or for a confirmation of what cannot be taken back, or applies it.</summary>
    private async Task ProceedAsync(ChatContext ctx, Dossier dossier, DossierCommand command, CancellationToken ct)
    {
        if (!AccessHandler.RequireStaff(ctx))
        {
            return;
        }

        var action = command.Action;
        dossier.CheckAllowed(action);
        switch (action)
        {
            case DossierAction.RequestSupplement or DossierAction.Refuse or DossierAction.Stop when string.IsNullOrWhiteSpace(command.Reason):
                AskDetail(ctx, dossier, action, ctx.T(DossierTexts.AskReason, DossierNames.Action(action, ctx.Language), dossier.Code));
                return;
            case DossierAction.Apologize when command.NewDate is null:
                AskDetail(ctx, dossier, action, ctx.T(DossierTexts.AskApology, dossier.Code, Show.Date(dossier.DueDate), Show.Date(calendar.AddWorkingDays(dossier.DueDate, 3))));
                return;
            case DossierAction.RequestFee when command.Amount is null && dossier.FeeVnd <= 0:
                AskDetail(ctx, dossier, action, ctx.T(DossierTexts.AskFee, dossier.Code));
                return;
        }

        dossier.Check(command);
        if (NeedsConfirmation(action))
        {
            var followers = await ctx.Db.Follows.CountAsync(f => f.DossierId == dossier.Id, ct);
            Confirmations.Ask(ctx, ConfirmSubject, new PendingAction(dossier.Id, dossier.Version, command), ConfirmQuestion(ctx, dossier, command, followers));
            return;
        }

        await ApplyAsync(ctx, dossier, command, ct);
    }

    /// <summary>What ends the dossier for good: the forward moves ("xu ly", "xong") do not ask.</summary>
    private static bool NeedsConfirmation(DossierAction action) =>
        action is DossierAction.Withdraw or DossierAction.Stop or DossierAction.Refuse or DossierAction.Return;

    private static string ConfirmQuestion(ChatContext ctx, Dossier dossier, DossierCommand command, int followers)
    {
        var target = DossierStates.Target(dossier.State, command.Action)!.Value;
        var question = ctx.T(DossierTexts.ConfirmAction, DossierNames.Action(command.Action, ctx.Language), dossier.Code, dossier.ProcedureName, dossier.ApplicantName, DossierNames.State(target, ctx.Language));
        if (!string.IsNullOrWhiteSpace(command.Reason))
        {
            question += "\n" + ctx.T(DossierTexts.ConfirmReason, command.Reason.Trim());
        }

        return question + "\n" + (followers > 0 ? ctx.T(DossierTexts.ConfirmFollowers, followers) : ctx.T(DossierTexts.ConfirmNoFollowers));
    }

    private static string NotAnAction(ChatContext ctx, Dossier dossier, string text, DossierAction? suggestion)
    {
        var allowed = DossierStates.Allowed(dossier.State);
        var answer = ctx.T(DossierTexts.NotAnAction, Show.Preview(text.Trim(), 59), dossier.Code);
        if (suggestion is { } action && allowed.Contains(action))
        {
            answer += "\n" + ctx.T(DossierTexts.DidYouMean, DossierNames.Action(action, ctx.Language), DossierNames.Typed(action));
        }

        return answer + "\n" + (allowed.Count == 0 ? ctx.T(DossierTexts.NothingPossible) : ctx.T(DossierTexts.PossibleNow, AllowedList(dossier)));
    }

    private static DossierCommand? Detail(DossierAction action, string text) =>
        ActionParser.ParseDetails(action, text) is { Problem: ActionParser.Problem.None } parsed ? parsed.Command : null;

    private static void AskDetail(ChatContext ctx, Dossier dossier, DossierAction action, string question)
    {
        ctx.SaveForm(ReasonFormKind, new PendingDetail(dossier.Id, action, dossier.Version));
        ctx.Reply(question);
    }

    private async Task ApplyAsync(ChatContext ctx, Dossier dossier, DossierCommand command, CancellationToken ct)
    {
        var from = dossier.State;
        var feeBefore = dossier.FeeVnd;
        dossier.Apply(command, ctx.Now, ctx.Actor, calendar);
        await notices.TellFollowersAsync(ctx, dossier, command.Action, ct);
        var done = ctx.T(DossierTexts.ActionDone, dossier.Code, DossierNames.Action(command.Action, ctx.Language), DossierNames.State(dossier.State, ctx.Language));
        if (from == dossier.State)
        {
            done = done.Replace($" → {DossierNames.State(dossier.State, ctx.Language)}", string.Empty, StringComparison.Ordinal);
        }

        if (command.Action == DossierAction.RequestFee && dossier.FeeVnd != feeBefore)
        {
            done += "\n" + ctx.T(DossierTexts.FeeChanged, feeBefore > 0 ? Show.Money(feeBefore) : ctx.T(DossierTexts.NoFee), Show.Money(dossier.FeeVnd), command.Reason);
        }

        var card = views.Card(ctx, dossier, done + "\n" + ctx.T(DossierTexts.UndoHint, (int)Dossier.UndoWindow.TotalMinutes));
        ctx.Reply(card with { Buttons = [.. card.Buttons, [new Button(ctx.T(DossierTexts.UndoButton), DossierViews.Data(dossier.Id, dossier.Version, DossierAction.Undo))]] });
        switch (command.Action)
        {
            case DossierAction.RequestSupplement:
                ctx.Reply(ctx.T(DossierTexts.FormFollows) + "\n\n" + DossierForms.SupplementRequest(dossier, current.Required.Name, ctx.Person.DisplayName, ctx.Now));
                break;
            case DossierAction.Apologize:
                ctx.Reply(ctx.T(DossierTexts.FormFollows) + "\n\n" + DossierForms.Apology(dossier, current.Required.Name, ctx.Now));
                break;
        }
    }

    private static string AllowedList(Dossier dossier) =>
        string.Join(", ", DossierStates.Allowed(dossier.State).Select(a => $"«{DossierNames.Typed(a)}»"));

    internal sealed record PendingDetail(int DossierId, DossierAction Action, int Version);

    internal sealed record PendingAction(int DossierId, int Version, DossierCommand Command);
}
