using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Features.Calendar;
using OneStopBot.Bot.Features.Campaign;
using OneStopBot.Bot.Features.Complaints;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Bot.Features.Exports;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Features.Lookup;
using OneStopBot.Bot.Features.Ranking;
using OneStopBot.Bot.Features.Ratings;
using OneStopBot.Bot.Features.Start;
using OneStopBot.Bot.Features.Votes;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Conversation;

/// <summary>The one place that decides which feature answers a message.</summary>
internal sealed class Router(
    StartHandler start,
    AccessHandler access,
    ReceptionForm reception,
    DossierActions dossiers,
    DossierQueries queries,
    LookupHandler lookup,
    CalendarHandler calendar,
    FollowHandler following,
    RatingHandler ratings,
    ComplaintForm complaints,
    ComplaintDesk complaintDesk,
    VoteHandler votes,
    ReportsHandler reports,
    RankingHandler ranking,
    SessionsHandler sessions,
    ExportHandler exports)
{
    public Task DispatchAsync(ChatContext ctx, CancellationToken ct)
    {
        var m = ctx.Message;
        if (m.ButtonData is { } data)
        {
            return DispatchButton(ctx, data, ct);
        }

        if (m.Text is { } text && Command.TryParse(text, out var command))
        {
            return DispatchCommand(ctx, command, ct);
        }

        if (m.Text is not null && ctx.Person.Has(Role.Leader) && ComplaintCards.Find(m.ReplyToText) is { } complaintCode)
        {
            return complaintDesk.AnswerByReplyAsync(ctx, complaintCode, ct);
        }

        if (ctx.Form is { Kind: Confirmations.FormKind })
        {
            // Writing anything else drops the question; its buttons then change nothing. A refusal at reception gives
            // the reception form back, which then takes what was written.
            if (ctx.FormData<Confirmations.Pending>() is { Subject: ReceptionForm.RefuseSubject } refusal)
            {
                ReceptionForm.Resume(ctx, refusal);
            }
            else
            {
                ctx.CloseForm();
            }
        }

        if (ctx.Form is not null && Domain.Text.SearchKey.Of(m.Text) is "huy" or "huy bo" or "cancel")
        {
            // At a busy counter "huy" is typed without its slash.
            return start.CancelAsync(ctx);
        }

        if (ctx.Form is { } form)
        {
            return form.Kind switch
            {
                ReceptionForm.Kind => reception.ContinueAsync(ctx, ct),
                DossierActions.ReasonFormKind => dossiers.ContinueReasonAsync(ctx, ct),
                RatingHandler.CommentFormKind => ratings.ContinueCommentAsync(ctx, ct),
                ComplaintForm.Kind => complaints.ContinueAsync(ctx, ct),
                VoteHandler.ReasonFormKind => votes.ContinueReasonAsync(ctx, ct),
                _ => Forget(ctx),
            };
        }

        if (m.ContactPhone is not null)
        {
            return start.HelpAsync(ctx);
        }

        if (Domain.Text.SearchKey.Of(m.Text) is "ho so cua toi" or "ho so cua toi?" or "my dossiers")
        {
            return following.MineAsync(ctx, ct);
        }

        if (m.Text is { Length: > 0 } line && ctx.Person.IsStaff)
        {
            return dossiers.ApplyTypedAsync(ctx, line, ct);
        }

        return start.HelpAsync(ctx, unknown: true);
    }

    private Task DispatchCommand(ChatContext ctx, Command command, CancellationToken ct)
    {
        // A new command leaves any half-filled form behind.
        if (command.Name != "huy")
        {
            ctx.CloseForm();
        }

        return command.Name switch
        {
            "start" => StartAsync(ctx, command.Args, ct),
            "huongdan" or "help" or "menu" => start.HelpAsync(ctx),
            "ngonngu" or "lang" or "language" => start.ChooseLanguageAsync(ctx),
            "huy" or "cancel" => start.CancelAsync(ctx),
            "tiepnhan" => reception.BeginAsync(ctx, ct),
            "hoso" => queries.CardAsync(ctx, command.Args, ct),
            "hoantac" or "undo" => dossiers.UndoCommandAsync(ctx, command.Args, ct),
            "viec" => queries.WorklistAsync(ctx, ct),
            "tracuu" => lookup.LookUpAsync(ctx, command.Args, ct),
            "thutuc" => lookup.ProcedureAsync(ctx, command.Args, ct),
            "ngayhen" => calendar.AppointmentAsync(ctx, command.Args, ct),
            "amlich" => calendar.LunarAsync(ctx, command.Args),
            "moi" => access.InviteAsync(ctx, command.Args, ct),
            "thuhoi" => access.RevokeAsync(ctx, command.Args, ct),
            "nhansu" => access.StaffAsync(ctx, ct),
            "theodoi" => following.FollowByPairAsync(ctx, command.Args, ct),
            "huytheodoi" => following.UnfollowAsync(ctx, command.Args, ct),
            "cuatoi" or "hosocuatoi" or "mine" => following.MineAsync(ctx, ct),
            "phananh" => complaints.BeginAsync(ctx, command.Args, ct),
            "phananh_ds" => complaintDesk.ListAsync(ctx, ct),
            "binhchon" => votes.ChooseAsync(ctx, ct),
            "baocao" => reports.ReportAsync(ctx, command.Args, ct),
            "thidua" => ranking.RankAsync(ctx, command.Args, ct),
            "xuat" => exports.ExportAsync(ctx, command.Args, ct),
            "them30" => sessions.LogHalfHourAsync(ctx, command.Args, ct),
            "thubay" => sessions.SaturdayAsync(ctx, command.Args, ct),
            _ => start.HelpAsync(ctx, unknown: true),
        };
    }

    private Task StartAsync(ChatContext ctx, string args, CancellationToken ct) => args switch
    {
        _ when args.StartsWith(AccessHandler.InvitePrefix, StringComparison.Ordinal) => access.RedeemAsync(ctx, args[AccessHandler.InvitePrefix.Length..], ct),
        _ when args.StartsWith(LookupHandler.FollowPrefix, StringComparison.Ordinal) => following.FollowByLinkAsync(ctx, args[LookupHandler.FollowPrefix.Length..], ct),
        _ => start.WelcomeAsync(ctx),
    };

    private Task DispatchButton(ChatContext ctx, string data, CancellationToken ct)
    {
        var prefix = data.Split(':', 2)[0];
        return prefix switch
        {
            ReceptionForm.ButtonPrefix => reception.ContinueAsync(ctx, ct),
            DossierActions.ButtonPrefix => dossiers.ApplyButtonAsync(ctx, data, ct),
            DossierQueries.CardButtonPrefix => queries.CardAsync(ctx, After(data, DossierQueries.CardButtonPrefix), ct),
            Confirmations.ButtonPrefix => ConfirmedAsync(ctx, data, ct),
            SessionsHandler.HalfHourPrefix => sessions.AnswerReminderAsync(ctx, data, ct),
            SessionsHandler.SaturdayPrefix => sessions.SaturdayButtonAsync(ctx, data, ct),
            StartHandler.LanguagePrefix => start.SetLanguageAsync(ctx, data),
            RatingHandler.ButtonPrefix => ratings.ButtonAsync(ctx, data, ct),
            ComplaintForm.ButtonPrefix => complaints.ContinueAsync(ctx, ct),
            ComplaintDesk.FindingPrefix => complaintDesk.FindingButtonAsync(ctx, data, ct),
            VoteHandler.ButtonPrefix => votes.ButtonAsync(ctx, data, ct),
            FollowHandler.ButtonPrefix => following.UnfollowButtonAsync(ctx, data, ct),
            FollowHandler.FollowButtonPrefix => following.FollowByLinkAsync(ctx, After(data, FollowHandler.FollowButtonPrefix), ct),
            StartHandler.MenuPrefix => DispatchCommand(ctx, new Command(After(data, StartHandler.MenuPrefix), string.Empty), ct),
            _ => start.HelpAsync(ctx, unknown: true),
        };
    }

    /// <summary>What follows "<paramref name="prefix"/>:" in a button's data; empty when nothing does.</summary>
    private static string After(string data, string prefix) =>
        data.Length > prefix.Length + 1 ? data[(prefix.Length + 1)..] : string.Empty;

    private Task ConfirmedAsync(ChatContext ctx, string data, CancellationToken ct) => Confirmations.Take(ctx, data) switch
    {
        null => Task.CompletedTask,
        { Pending.Subject: ReceptionForm.RefuseSubject } answer => reception.RefusalAnsweredAsync(ctx, answer, ct),
        { Confirmed: false } => Task.CompletedTask,
        { Pending.Subject: DossierActions.ConfirmSubject } answer => dossiers.ConfirmedAsync(ctx, answer.Pending, ct),
        { Pending.Subject: AccessHandler.RevokeSubject } answer => access.RevokeConfirmedAsync(ctx, answer.Pending, ct),
        _ => start.HelpAsync(ctx, unknown: true),
    };

    private Task Forget(ChatContext ctx)
    {
        ctx.CloseForm();
        return start.HelpAsync(ctx, unknown: true);
    }
}

/// <summary>A slash command: <c>/name@bot args</c>, the name folded to ASCII lower case.</summary>
internal readonly record struct Command(string Name, string Args)
{
    public static bool TryParse(string text, out Command command)
    {
        command = default;
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/')
        {
            return false;
        }

        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        var head = space < 0 ? trimmed[1..] : trimmed[1..space];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            head = head[..at];
        }

        command = new Command(Domain.Text.SearchKey.Of(head).Replace(" ", string.Empty, StringComparison.Ordinal), space < 0 ? string.Empty : trimmed[(space + 1)..].Trim());
        return head.Length > 0;
    }
}
