using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Text;

namespace OneStopBot.Bot.Features.Complaints;

/// <summary>
/// The leaders' side of complaints: /phananh_ds lists the open ones, one card each; a reply to a card answers it
/// ("xu ly" takes it up, "hoi them &lt;nội dung&gt;" asks the citizen for more, "tu choi &lt;lý do&gt;" refuses, any other
/// text is the answer sent to the citizen). An answered harassment complaint then waits for the leaders' finding
/// (<c>pk:{id}:y|n</c>): target T5 counts the ones found true.
/// </summary>
internal sealed partial class ComplaintDesk
{
    public const string FindingPrefix = "pk";

    private const int ListLimit = 20;

    public async Task ListAsync(ChatContext ctx, CancellationToken ct)
    {
        if (!AccessHandler.RequireLeader(ctx))
        {
            return;
        }

        var open = await ctx.Db.Complaints.AsNoTracking()
            .Where(c => c.State == ComplaintState.Received || c.State == ComplaintState.InProgress)
            .OrderBy(c => c.ResolveBy).ThenBy(c => c.Id)
            .ToListAsync(ct);
        var awaitingFinding = await ctx.Db.Complaints.AsNoTracking()
            .Where(c => c.Harassment && c.State == ComplaintState.Answered && c.Upheld == null)
            .OrderBy(c => c.AnsweredOn).ThenBy(c => c.Id)
            .ToListAsync(ct);
        if (open.Count == 0 && awaitingFinding.Count == 0)
        {
            ctx.Reply(ctx.T(ComplaintTexts.ListEmpty));
            return;
        }

        if (open.Count > 0)
        {
            ctx.Reply(ctx.T(ComplaintTexts.ListHeader, open.Count));
            foreach (var complaint in open.Take(ListLimit))
            {
                ctx.Reply(await ComplaintCards.CardAsync(ctx.Db, complaint, ctx.Language, ct));
            }
        }

        if (awaitingFinding.Count > 0)
        {
            ctx.Reply(ctx.T(ComplaintTexts.AwaitingFindingHeader, awaitingFinding.Count));
            foreach (var complaint in awaitingFinding.Take(ListLimit))
            {
                ctx.Reply(await ComplaintCards.CardAsync(ctx.Db, complaint, ctx.Language, ct), FindingButtons(complaint, ctx.Language));
            }
        }
    }

    /// <summary><c>pk:{id}:y</c> or <c>pk:{id}:n</c>: a leader records whether an answered harassment complaint was found true.</summary>
    public async Task FindingButtonAsync(ChatContext ctx, string data, CancellationToken ct)
    {
        if (!AccessHandler.RequireLeader(ctx))
        {
            return;
        }

        var parts = data.Split(':');
        var complaint = parts.Length == 3 && parts[2] is "y" or "n" && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await ctx.Db.Complaints.FirstOrDefaultAsync(c => c.Id == id, ct)
            : null;
        if (complaint is null)
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        var upheld = parts[2] == "y";
        complaint.RecordFinding(upheld, ctx.Person.Id);
        ctx.Reply(ctx.T(upheld ? ComplaintTexts.FoundTrue : ComplaintTexts.FoundNotTrue, complaint.TrackingCode));
    }

    private static IReadOnlyList<IReadOnlyList<Button>> FindingButtons(Complaint complaint, Language language)
    {
        var id = complaint.Id.ToString(CultureInfo.InvariantCulture);
        return [[new(ComplaintTexts.FindTrue[language], $"{FindingPrefix}:{id}:y"), new(ComplaintTexts.FindNotTrue[language], $"{FindingPrefix}:{id}:n")]];
    }

    public async Task AnswerByReplyAsync(ChatContext ctx, string code, CancellationToken ct)
    {
        if (!AccessHandler.RequireLeader(ctx))
        {
            return;
        }

        var complaint = await ctx.Db.Complaints.FirstOrDefaultAsync(c => c.TrackingCode == code, ct);
        var text = ctx.Message.Text?.Trim();
        if (complaint is null || string.IsNullOrEmpty(text))
        {
            ctx.Reply(ctx.T(Start.StartTexts.Unknown));
            return;
        }

        var language = await Audience.LanguageOfAsync(ctx.Db, complaint.Channel, complaint.ChatId, ct);
        var key = SearchKey.Of(text);
        if (key is "xu ly" or "dang xu ly")
        {
            complaint.StartHandling(ctx.Person.Id);
            ctx.Notify(complaint.Channel, complaint.ChatId, ComplaintTexts.InProgressNotice.Format(language, complaint.TrackingCode, ComplaintCards.Date(complaint.ResolveBy)));
            ctx.Reply(ctx.T(ComplaintTexts.TakenUp, complaint.TrackingCode));
            return;
        }

        // "hỏi thêm <câu hỏi>" asks the citizen for more, in the leader's own words.
        if (AskMorePattern().Match(text) is { Success: true } ask)
        {
            complaint.AskMore(ask.Groups["question"].Value, ctx.Person.Id, ctx.Now);
            ctx.Notify(
                complaint.Channel,
                complaint.ChatId,
                ComplaintTexts.MoreInfoNotice.Format(language, complaint.TrackingCode, complaint.MoreInfoAsked!),
                ComplaintForm.MoreInfoButtons(complaint, language));
            ctx.Reply(ctx.T(ComplaintTexts.MoreInfoRequested, complaint.TrackingCode));
            return;
        }

        // "từ chối <lý do>" is read as on a dossier, keeping the leader's own spelling of the reason.
        if (ActionParser.Parse(text).Command is { Action: DossierAction.Refuse } refusal)
        {
            var reason = refusal.Reason ?? string.Empty;
            if (reason.Length == 0)
            {
                ctx.Reply(ctx.T(ComplaintTexts.RefuseNeedsReason));
                return;
            }

            complaint.Refuse(reason, ctx.Person.Id, ctx.Now);
            ctx.Notify(complaint.Channel, complaint.ChatId, ComplaintTexts.RefusedNotice.Format(language, complaint.TrackingCode, reason));
            ctx.Reply(ctx.T(ComplaintTexts.RefusalSent, complaint.TrackingCode));
            return;
        }

        complaint.AnswerWith(text, ctx.Person.Id, ctx.Now);
        var reopen = ComplaintForm.ReopenButtons(complaint, language);
        var notice = ComplaintTexts.AnsweredNotice.Format(language, complaint.TrackingCode, text) + "\n\n"
            + (reopen.Count > 0 ? ComplaintTexts.MayReopen[language] : ComplaintTexts.Final[language]);
        ctx.Notify(complaint.Channel, complaint.ChatId, notice, reopen);
        if (complaint.Harassment)
        {
            ctx.Reply(ctx.T(ComplaintTexts.AnswerSent, complaint.TrackingCode) + "\n\n" + ctx.T(ComplaintTexts.AskFinding), FindingButtons(complaint, ctx.Language));
            return;
        }

        ctx.Reply(ctx.T(ComplaintTexts.AnswerSent, complaint.TrackingCode));
    }

    /// <summary>"hỏi thêm" with or without its diacritics, then the question (a colon and line breaks allowed).</summary>
    [GeneratedRegex(@"^\s*h[oỏ]i\s+th[eê]m\b\s*:?\s*(?<question>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AskMorePattern();
}
