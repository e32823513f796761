using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.People;

namespace OneStopBot.Bot.Features.Start;

/// <summary>Greeting, help, language and cancel: what every person can do.</summary>
internal sealed class StartHandler(CurrentOffice current, OfficeDirectory offices)
{
    public const string LanguagePrefix = "lang";
    public const string MenuPrefix = "m";

    public Task WelcomeAsync(ChatContext ctx)
    {
        ctx.Reply(ctx.Person.NameIsKnown
            ? ctx.T(StartTexts.Welcome, ctx.Person.DisplayName, (current.Profile?.Name ?? offices.ServiceName))
            : ctx.T(StartTexts.WelcomeWithoutName, (current.Profile?.Name ?? offices.ServiceName)));
        return HelpAsync(ctx);
    }

    public Task HelpAsync(ChatContext ctx, bool unknown = false)
    {
        var text = ctx.T(ctx.Person.IsStaff ? StartTexts.OfficerHelp : StartTexts.CitizenHelp);
        if (ctx.Person.IsStaff)
        {
            text += "\n" + ctx.T(Campaign.SessionTexts.Help);
        }

        if (ctx.Person.Has(Role.Leader))
        {
            text += "\n" + ctx.T(Digests.DigestTexts.LeaderHelp);
        }

        if (ctx.Person.Has(Role.Admin))
        {
            text += "\n" + ctx.T(StartTexts.AdminHelp);
        }

        if (unknown)
        {
            text = ctx.T(StartTexts.Unknown) + "\n\n" + text;
        }

        IReadOnlyList<IReadOnlyList<Button>> menu = ctx.Person.IsStaff
            ? [[new(ctx.T(StartTexts.MenuReceive), $"{MenuPrefix}:tiepnhan"), new(ctx.T(StartTexts.MenuWork), $"{MenuPrefix}:viec")]]
            : [];
        ctx.Reply(text, menu);
        return Task.CompletedTask;
    }

    public Task ChooseLanguageAsync(ChatContext ctx)
    {
        ctx.Reply(ctx.T(StartTexts.ChooseLanguage), [[new("Tiếng Việt", $"{LanguagePrefix}:vi"), new("English", $"{LanguagePrefix}:en")]]);
        return Task.CompletedTask;
    }

    public Task SetLanguageAsync(ChatContext ctx, string data)
    {
        ctx.Person.ChooseLanguage(data.EndsWith(":en", StringComparison.Ordinal) ? Language.En : Language.Vi);
        ctx.Reply(ctx.T(StartTexts.LanguageSet));
        return Task.CompletedTask;
    }

    public Task CancelAsync(ChatContext ctx)
    {
        var had = ctx.Form is not null;
        ctx.CloseForm();
        ctx.Reply(ctx.T(had ? StartTexts.Cancelled : StartTexts.NothingToCancel));
        return Task.CompletedTask;
    }
}
