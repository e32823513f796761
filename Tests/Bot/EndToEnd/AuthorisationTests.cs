using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Features.Campaign;
using OneStopBot.Bot.Features.Complaints;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Bot.Features.Following;
using OneStopBot.Bot.Features.Lookup;
using OneStopBot.Bot.Features.Ratings;
using OneStopBot.Bot.Features.Start;
using OneStopBot.Bot.Features.Votes;
using OneStopBot.Domain;
using OneStopBot.Domain.Campaign;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Ratings;
using OneStopBot.FakeBotApi;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;
using Xunit.Abstractions;

namespace OneStopBot.Tests.Bot.EndToEnd;

/// <summary>
/// Who may do what, as a table: every command and every kind of button, run as a citizen, an officer, a leader and
/// an administrator. What the table allows has its effect; what it does not is refused with a polite sentence and
/// changes nothing in the database. Its last rows are button data forged by the wrong person: someone else's
/// confirmation, undo, complaint or dossier, a day or a version that is not the button's.
/// </summary>
public sealed class AuthorisationTests(ITestOutputHelper output)
{
    private const long Citizen = 5001;

    /// <summary>The citizen who owns the complaints and follows the dossiers the table's people are not theirs.</summary>
    private const long OtherCitizen = 5002;

    private const long OtherOfficer = BotUnderTest.SecondOfficer;

    /// <summary>An officer the administrator's row revokes; then a citizen with an officer's old buttons.</summary>
    private const long FormerOfficer = 1006;

    /// <summary>A second administrator, whose revocation question the table's people press from their own chats.</summary>
    private const long OtherAdmin = 1007;

    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly DateOnly NextSaturday = new(2026, 11, 28);

    private static readonly Role[] Everyone = [Role.Citizen, Role.Officer, Role.Leader, Role.Admin];
    private static readonly Role[] Staff = [Role.Officer, Role.Leader, Role.Admin];
    private static readonly Role[] Leaders = [Role.Leader, Role.Admin];
    private static readonly Role[] Admins = [Role.Admin];
    private static readonly Role[] Citizens = [Role.Citizen];
    private static readonly Role[] Nobody = [];

    [Fact]
    public async Task EveryCommandAndButton_HasItsEffectForTheRolesTheTableAllows_AndIsPolitelyRefusedToTheOthers_ChangingNothing()
    {
        await using var bot = await BotUnderTest.StartAsync(extraArgs: [$"--Access:Officers:2={FormerOfficer}", $"--Access:Admins:1={OtherAdmin}"]);
        var office = await Office.OpenAsync(bot);
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var attempts = 0;

        foreach (var row in Table(office))
        {
            var line = new List<string>();
            foreach (var role in Everyone)
            {
                var allowed = row.Allowed.Contains(role);
                var problem = await TryAsync(office, row, role, allowed);
                attempts++;
                line.Add($"{role}: {(allowed ? "yes" : "no")}{(problem is null ? string.Empty : " FAILED")}");
                if (problem is not null)
                {
                    failures.Add($"{row.What} as {role} ({(allowed ? "allowed" : "refused")} by the table): {problem}");
                }
            }

            output.WriteLine($"{row.What} — {string.Join(", ", line)}");
        }

        output.WriteLine($"{attempts} attempts in {clock.Elapsed.TotalSeconds:0.0} s");
        failures.Should().BeEmpty("every row goes as the table says:\n" + string.Join("\n\n", failures));

        // The officer revoked by the administrator's row keeps the buttons and the habits of an officer, and none works.
        var dossier = await office.DossierAsync();
        var refusals = new List<IReadOnlyList<SentMessage>>
        {
            await bot.PressDataAsync(FormerOfficer, DossierViews.Data(dossier.Id, dossier.Version, DossierAction.Process)),
            await bot.SayAsync(FormerOfficer, $"{dossier.CodeTail} xu ly"),
            await bot.SayAsync(FormerOfficer, "/tiepnhan"),
        };
        refusals[0].Single().Text.Should().Be(Vi(AccessTexts.StaffOnly));
        refusals[1].Single().Text.Should().StartWith(Vi(StartTexts.Unknown));
        refusals[2].Single().Text.Should().Be(Vi(AccessTexts.StaffOnly));
        await using var db = bot.Db();
        (await db.Dossiers.SingleAsync(d => d.Id == dossier.Id)).Version.Should().Be(dossier.Version);
    }

    /// <summary>One try of one row by one role; null when it went as the table says, else what went otherwise.</summary>
    private static async Task<string?> TryAsync(Office office, Row row, Role role, bool allowed)
    {
        var person = new Case(office, role, UserOf(role));
        try
        {
            var attempt = await row.Arrange(person);
            var before = await SnapshotAsync(office.Bot);
            var replies = await attempt.Act();
            var after = await SnapshotAsync(office.Bot);
            var texts = replies.Select(m => m.Text ?? m.Caption ?? string.Empty).ToList();
            var refusals = row.Refusal?.Invoke(role) ?? DefaultRefusal(row.Allowed, role);
            string? problem = null;
            if (texts.Contains(Vi(ErrorTexts.Failure)))
            {
                problem = "answered with the apology for a failure";
            }
            else if (allowed)
            {
                var refused = texts.FirstOrDefault(t => AccessRefusals.Concat(refusals).Any(r => t.StartsWith(r, StringComparison.Ordinal)));
                if (refused is not null)
                {
                    problem = "refused: " + refused;
                }
                else if (!attempt.ChangesData && before != after)
                {
                    problem = "a read changed the database:\n" + Diff(before, after);
                }
                else if (attempt.ChangesData && before == after)
                {
                    problem = "nothing changed in the database; answers: " + string.Join(" | ", texts);
                }
                else if (!await attempt.Ran(replies))
                {
                    problem = "its effect is missing; answers: " + string.Join(" | ", texts);
                }
            }
            else if (!texts.Any(t => refusals.Any(r => t.StartsWith(r, StringComparison.Ordinal))))
            {
                problem = $"not refused with «{string.Join("» or «", refusals)}»; answers: " + string.Join(" | ", texts);
            }
            else if (before != after)
            {
                problem = "refused, but the database changed:\n" + Diff(before, after);
            }

            if (attempt.Then is not null)
            {
                await attempt.Then();
            }

            await office.ForgetFormsOfAsync(person.User);
            return problem;
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    /// <summary>The table: one row per command and per kind of button, with the roles that may run it.</summary>
    private static IEnumerable<Row> Table(Office office)
    {
        // Commands everyone has.
        yield return new("/start", Everyone, c => Reads(() => c.Say("/start"), r => r.Any(m => m.Text?.Contains("Bộ phận Một cửa UBND xã Thử Nghiệm", StringComparison.Ordinal) == true)));
        yield return new("/huongdan (the help of one's own role)", Everyone, c => Reads(() => c.Say("/huongdan"), r => HelpFits(c.Role, r[0].Text)));
        yield return new("/ngonngu, then lang:en", Everyone, c => Changes(
            async () => await office.Bot.PressAsync(c.User, (await c.Say("/ngonngu")).Single(), "English"),
            async _ => await office.LanguageOfAsync(c.User) == Language.En,
            then: () => c.Press(StartHandler.LanguagePrefix + ":vi")));
        yield return new("/huy (a form open)", Everyone, async c =>
        {
            await c.Say("/phananh");
            return Changes(() => c.Say("/huy"), async _ => await office.FormOfAsync(c.User) is null);
        });
        yield return new("/tracuu <mã> <4 số>", Everyone, async c =>
        {
            var d = await office.DossierAsync();
            return Reads(() => c.Say($"/tracuu {d.CodeTail} 5678"), r => r.Any(m => m.Text?.Contains(d.Code, StringComparison.Ordinal) == true));
        });
        yield return new("/thutuc <tên>", Everyone, c => Reads(() => c.Say("/thutuc khai sinh"), r => r.Count > 0));
        yield return new("/ngayhen <số ngày>", Everyone, c => Reads(() => c.Say("/ngayhen 3"), r => r.Any(m => m.Text?.Contains("/2026", StringComparison.Ordinal) == true)));
        yield return new("/amlich", Everyone, c => Reads(() => c.Say("/amlich"), r => r.Count > 0));
        yield return new("/start i_<mã mời> (an invitation to be an officer)", Everyone, async c =>
        {
            var code = await office.InviteAsync();
            return Changes(
                () => c.Say($"/start {AccessHandler.InvitePrefix}{code}"),
                async _ => await office.InviteUsedByAsync(code) == office.PersonOf(c.User),
                then: c.Role == Role.Citizen ? () => office.RevokeAsync(c.User) : null);
        });
        yield return new("/theodoi <mã> <4 số>", Everyone, async c =>
        {
            var d = await office.DossierAsync();
            return Changes(() => c.Say($"/theodoi {d.CodeTail} 5678"), async _ => await office.FollowsAsync(c.User, d.Id));
        });
        yield return new("/huytheodoi <mã>", Everyone, async c =>
        {
            var d = await office.DossierAsync(followedBy: c.User);
            return Changes(() => c.Say($"/huytheodoi {d.CodeTail}"), async _ => !await office.FollowsAsync(c.User, d.Id));
        });
        yield return new("/start f_<mã theo dõi> (the receipt's link)", Everyone, async c =>
        {
            var d = await office.DossierAsync();
            return Changes(() => c.Say($"/start {LookupHandler.FollowPrefix}{d.FollowToken}"), async _ => await office.FollowsAsync(c.User, d.Id));
        });
        yield return new("/cuatoi", Everyone, c => Reads(() => c.Say("/cuatoi"), r => r.Count > 0));
        yield return new("/phananh", Everyone, c => Changes(() => c.Say("/phananh"), async _ => (await office.FormOfAsync(c.User))?.Kind == ComplaintForm.Kind));

        // The officers' commands; leaders and administrators hold every officer's right.
        yield return new("/tiepnhan", Staff, c => Changes(() => c.Say("/tiepnhan"), async _ => (await office.FormOfAsync(c.User))?.Kind == ReceptionForm.Kind));
        yield return new("/hoso <mã>", Staff, async c =>
        {
            var d = await office.DossierAsync();
            return Reads(() => c.Say($"/hoso {d.CodeTail}"), r => r.Any(m => DossierViews.CardCode(m.Text) == d.CodeTail));
        });
        yield return new("/hoso <số điện thoại>", Staff, c => Reads(() => c.Say("/hoso 0912345678"), r => r.Any(m => HasButton(m, DossierQueries.CardButtonPrefix + ":"))));
        yield return new("/viec", Staff, c => Reads(() => c.Say("/viec"), r => r.Count > 0));
        yield return new("«<mã> xu ly» typed", Staff, async c =>
        {
            var d = await office.DossierAsync();
            return Changes(() => c.Say($"{d.CodeTail} xu ly"), async _ => await office.StateOfAsync(d.Id) == DossierState.Processing);
        }, _ => [Vi(StartTexts.Unknown)]);
        yield return new("a reply to a dossier's card («xu ly»)", Staff, async c =>
        {
            // Staff reply to the card in their own chat; the citizen to the officer's card, the only one there is.
            var d = await office.DossierAsync();
            var card = (await office.Bot.SayAsync(c.Role == Role.Citizen ? BotUnderTest.Officer : c.User, $"/hoso {d.CodeTail}")).Single();
            return Changes(() => c.Say("xu ly", replyTo: card.MessageId), async _ => await office.StateOfAsync(d.Id) == DossierState.Processing);
        }, _ => [Vi(StartTexts.Unknown)]);
        yield return new("«<mã> bo sung», then the reason asked for", Staff, async c =>
        {
            var d = await office.DossierAsync();
            return Changes(
                async () =>
                {
                    await c.Say($"{d.CodeTail} bo sung");
                    return await c.Say("bản sao giấy khai sinh", expectedReplies: c.Role == Role.Citizen ? 1 : 2);
                },
                async _ => await office.StateOfAsync(d.Id) == DossierState.AwaitingSupplement);
        }, _ => [Vi(StartTexts.Unknown)]);
        yield return new("/hoantac <mã> (one's own change)", Staff, async c =>
        {
            var d = await office.DossierAsync();
            await office.Bot.SayAsync(c.Role == Role.Citizen ? BotUnderTest.Officer : c.User, $"{d.CodeTail} xu ly");
            return Changes(() => c.Say($"/hoantac {d.CodeTail}"), async _ => await office.StateOfAsync(d.Id) == DossierState.Received);
        });
        yield return new("/thidua", Staff, c => Reads(() => c.Say("/thidua"), r => r[0].Text?.StartsWith("🏆", StringComparison.Ordinal) == true));
        yield return new("x30:y:<hôm nay> (the reminder's «I stay»)", Staff, c => Changes(
            () => c.Press(SessionsHandler.ReminderButtons(Today, Language.Vi)[0][0].Data),
            async _ => await office.HalfHourOfAsync(c.User) is not null));
        yield return new("/them30 <số người>", Staff, c => Changes(() => c.Say("/them30 2"), async _ => (await office.HalfHourOfAsync(c.User))?.PeopleServed == 2));
        yield return new("/thubay", Staff, c => Reads(() => c.Say("/thubay"), r => r.Any(m => HasButton(m, SessionsHandler.SaturdayPrefix + ":y:"))));
        yield return new("sat:y:<thứ Bảy> (signing up)", Staff, c => Changes(
            () => c.Press($"{SessionsHandler.SaturdayPrefix}:y:{Stamp(NextSaturday)}"),
            async _ => await office.OnDutyAsync(c.User, NextSaturday)));
        yield return new("/thubay huy <ngày> (one's own duty)", Staff, async c =>
        {
            var day = NextSaturday.AddDays(7);
            if (c.Role != Role.Citizen)
            {
                await office.PutOnDutyAsync(c.User, day);
            }

            return Changes(() => c.Say($"/thubay huy {Show.Date(day)}"), async _ => !await office.OnDutyAsync(c.User, day));
        });
        yield return new("d:<id>:xl:<v> (a card's button)", Staff, async c =>
        {
            var d = await office.DossierAsync();
            return Changes(() => c.Press(DossierViews.Data(d.Id, d.Version, DossierAction.Process)), async _ => await office.StateOfAsync(d.Id) == DossierState.Processing);
        });
        yield return new("d:<id>:tra:<v>, then cf:y (a card's button that asks to confirm)", Staff, async c =>
        {
            var d = await office.DossierAsync(DossierState.Done);
            return Changes(
                async () =>
                {
                    var question = await c.Press(DossierViews.Data(d.Id, d.Version, DossierAction.Return));
                    return HasButton(question[^1], Confirmations.ButtonPrefix + ":y:") ? await office.Bot.PressAsync(c.User, question[^1], "Xác nhận") : question;
                },
                async _ => await office.StateOfAsync(d.Id) == DossierState.Returned);
        });
        yield return new("hs:<mã> (a search result's button)", Staff, async c =>
        {
            var d = await office.DossierAsync();
            return Reads(() => c.Press($"{DossierQueries.CardButtonPrefix}:{d.CodeTail}"), r => r.Any(m => DossierViews.CardCode(m.Text) == d.CodeTail));
        });
        yield return new("rc:p:<thủ tục> (the reception form's button)", Staff, async c =>
        {
            await c.Say("/tiepnhan");
            return Changes(
                () => c.Press($"{ReceptionForm.ButtonPrefix}:p:{office.ProcedureId}"),
                async _ => (await office.FormOfAsync(c.User))?.Data.Contains($"\"ProcedureId\":{office.ProcedureId}", StringComparison.Ordinal) == true);
        });
        yield return new("m:tiepnhan (the menu's button)", Staff, c => Changes(
            () => c.Press($"{StartHandler.MenuPrefix}:tiepnhan"),
            async _ => (await office.FormOfAsync(c.User))?.Kind == ReceptionForm.Kind));

        // The leaders' commands and buttons.
        yield return new("/phananh_ds", Leaders, c => Reads(() => c.Say("/phananh_ds"), r => r.Any(m => m.Text?.Contains(office.Answered.TrackingCode, StringComparison.Ordinal) == true)));
        yield return new("/baocao", Leaders, c => Reads(() => c.Say("/baocao"), r => r.Any(m => m.FileBytes is not null)));
        yield return new("/xuat", Leaders, c => Reads(() => c.Say("/xuat"), r => r.Count(m => m.FileBytes is not null) == 2));
        yield return new("/thubay giao", Leaders, c => Reads(() => c.Say("/thubay giao"), r => r.Any(m => HasButton(m, SessionsHandler.SaturdayPrefix + ":g:"))), LeaderAmongStaff);
        yield return new("sat:s:<ngày> (the staff to assign)", Leaders, c => Reads(
            () => c.Press($"{SessionsHandler.SaturdayPrefix}:s:{Stamp(NextSaturday)}"),
            r => r.Any(m => HasButton(m, SessionsHandler.SaturdayPrefix + ":g:"))), LeaderAmongStaff);
        yield return new("sat:g:<cán bộ>:<ngày> (assigning an officer)", Leaders, c =>
        {
            var day = NextSaturday.AddDays(7 * (2 + (int)c.Role));
            return Task.FromResult(Changes(
                () => c.Press($"{SessionsHandler.SaturdayPrefix}:g:{office.PersonOf(OtherOfficer)}:{Stamp(day)}"),
                async _ => await office.OnDutyAsync(OtherOfficer, day)));
        }, LeaderAmongStaff);
        yield return new("a reply to a complaint's card («xu ly»)", Leaders, async c =>
        {
            // Leaders reply to the card in their own chat; the others to the leader's card, the only one there is.
            var complaint = c.Role == Role.Leader ? office.ForLeader : office.ForAdmin;
            var card = c.Role >= Role.Leader
                ? (await c.Say("/phananh_ds")).Last(m => m.Text?.Contains(complaint.TrackingCode, StringComparison.Ordinal) == true)
                : office.Bot.Telegram.SentTo(BotUnderTest.Leader).Last(m => m.Text?.Contains(complaint.TrackingCode, StringComparison.Ordinal) == true);
            return Changes(() => c.Say("xu ly", replyTo: card.MessageId), async _ => (await office.ComplaintAsync(complaint.Id)).State == ComplaintState.InProgress);
        }, _ => [Vi(StartTexts.Unknown)]);
        yield return new("pk:<phản ánh>:y|n (a harassment complaint's finding)", Leaders, c => Task.FromResult(Changes(
            () => c.Press($"{ComplaintDesk.FindingPrefix}:{office.Answered.Id}:{(c.Role == Role.Leader ? "y" : "n")}"),
            async _ => (await office.ComplaintAsync(office.Answered.Id)).Upheld == (c.Role == Role.Leader))));

        // The administrators'.
        yield return new("/moi canbo", Admins, async c =>
        {
            var before = await office.InvitesByAsync(c.User);
            return Changes(() => c.Say("/moi canbo"), async _ => await office.InvitesByAsync(c.User) == before + 1);
        });
        yield return new("/nhansu", Admins, c => Reads(() => c.Say("/nhansu"), r => r[0].Text?.StartsWith(Vi(AccessTexts.StaffList), StringComparison.Ordinal) == true));
        yield return new("m:nhansu (the menu's button with an administrator's command)", Admins, c => Reads(
            () => c.Press($"{StartHandler.MenuPrefix}:nhansu"),
            r => r[0].Text?.StartsWith(Vi(AccessTexts.StaffList), StringComparison.Ordinal) == true));
        yield return new("/thuhoi <số>, then cf:y", Admins, c =>
        {
            var target = c.Role == Role.Admin ? FormerOfficer : OtherOfficer;
            return Task.FromResult(Changes(
                async () =>
                {
                    var question = await c.Say($"/thuhoi {office.PersonOf(target)}");
                    return HasButton(question[^1], Confirmations.ButtonPrefix + ":y:") ? await office.Bot.PressAsync(c.User, question[^1], "Xác nhận") : question;
                },
                async _ => await office.RoleOfAsync(target) == Role.Citizen));
        });

        // The citizens': a vote, and what a follower of a dossier does with it (a rating).
        yield return new("/binhchon", Citizens, c => Reads(() => c.Say("/binhchon"), r => r.Any(m => HasButton(m, VoteHandler.ButtonPrefix + ":"))));
        yield return new("bc:<cán bộ>:skip (a vote)", Citizens, c => Changes(
            () => c.Press($"{VoteHandler.ButtonPrefix}:{office.PersonOf(BotUnderTest.Officer)}:skip"),
            async _ => await office.VotedAsync(c.User)));
        yield return new("rt:<hồ sơ>:l1 (rating a returned dossier one follows)", Everyone, async c =>
        {
            var d = await office.DossierAsync(DossierState.Returned, followedBy: c.User);
            return Changes(
                () => c.Press(RatingHandler.LevelButtons(d.Id, Language.Vi)[0][0].Data),
                async _ => (await office.RatingOfAsync(d.Id))?.Level == SatisfactionLevel.VerySatisfied);
        });
        yield return new("uf:<hồ sơ> (stop following)", Everyone, async c =>
        {
            var d = await office.DossierAsync(followedBy: c.User);
            return Changes(() => c.Press($"{FollowHandler.ButtonPrefix}:{d.Id}"), async _ => !await office.FollowsAsync(c.User, d.Id));
        });
        yield return new("fw:<mã theo dõi> (follow after a look-up)", Everyone, async c =>
        {
            var d = await office.DossierAsync();
            return Changes(() => c.Press($"{FollowHandler.FollowButtonPrefix}:{d.FollowToken}"), async _ => await office.FollowsAsync(c.User, d.Id));
        });
        yield return new("pa:k:1 (the complaint form's button)", Everyone, async c =>
        {
            await c.Say("/phananh");
            var form = (await office.FormOfAsync(c.User))!.Data;
            return Changes(() => c.Press($"{ComplaintForm.ButtonPrefix}:k:1"), async _ => (await office.FormOfAsync(c.User))?.Data != form);
        });

        // Forged: data that is someone else's, or not the button's own; nobody may.
        yield return new("forged cf:y:<id> of an officer's «rut» question in another chat", Nobody, async c =>
        {
            var d = await office.DossierAsync();
            var question = (await office.Bot.SayAsync(OtherOfficer, $"{d.CodeTail} rut")).Single();
            return Changes(() => c.Press(ButtonData(question, Confirmations.ButtonPrefix + ":y:")), async _ => await office.StateOfAsync(d.Id) == DossierState.Withdrawn);
        }, _ => [Vi(Confirmations.Expired)]);
        yield return new("forged cf:y:<id> of an administrator's /thuhoi question in another chat", Nobody, async c =>
        {
            var question = (await office.Bot.SayAsync(OtherAdmin, $"/thuhoi {office.PersonOf(OtherOfficer)}")).Single();
            return Changes(() => c.Press(ButtonData(question, Confirmations.ButtonPrefix + ":y:")), async _ => await office.RoleOfAsync(OtherOfficer) == Role.Citizen);
        }, _ => [Vi(Confirmations.Expired)]);
        yield return new("forged d:<id>:ht:<v>, the undo button of another officer's change", Nobody, async c =>
        {
            var d = await office.DossierAsync();
            await office.Bot.SayAsync(OtherOfficer, $"{d.CodeTail} xu ly");
            var data = DossierViews.Data(d.Id, d.Version + 1, DossierAction.Undo);
            return Changes(() => c.Press(data), async _ => await office.StateOfAsync(d.Id) == DossierState.Received);
        }, NotYourUndo);
        yield return new("/hoantac <mã> of another officer's change", Nobody, async c =>
        {
            var d = await office.DossierAsync();
            await office.Bot.SayAsync(OtherOfficer, $"{d.CodeTail} xu ly");
            return Changes(() => c.Say($"/hoantac {d.CodeTail}"), async _ => await office.StateOfAsync(d.Id) == DossierState.Received);
        }, NotYourUndo);
        yield return new("forged d:<id>:xong:<v> with a version the dossier has left", Nobody, async c =>
        {
            var d = await office.DossierAsync();
            await office.Bot.SayAsync(BotUnderTest.Officer, $"{d.CodeTail} xu ly");
            return Changes(() => c.Press(DossierViews.Data(d.Id, d.Version, DossierAction.Complete)), async _ => await office.StateOfAsync(d.Id) == DossierState.Done);
        }, r => [Vi(r == Role.Citizen ? AccessTexts.StaffOnly : DossierTexts.StaleButton)]);
        yield return new("forged rc:ok:<n> while another officer's reception form is open", Nobody, async c =>
        {
            await office.Bot.SayAsync(OtherOfficer, "/tiepnhan");
            return Changes(() => c.Press($"{ReceptionForm.ButtonPrefix}:ok:1"), async _ => false);
        }, r => [Vi(r == Role.Citizen ? AccessTexts.StaffOnly : StartTexts.NothingToCancel)]);
        yield return new("forged x30:y:<hôm qua>, a reminder's button of another day", Nobody, c => Task.FromResult(Changes(
            () => c.Press(SessionsHandler.ReminderButtons(Today.AddDays(-1), Language.Vi)[0][0].Data),
            async _ => await office.HalfHourOfAsync(c.User, Today.AddDays(-1)) is not null)),
            r => [r == Role.Citizen ? Vi(AccessTexts.StaffOnly) : SessionTexts.ReminderExpired.Format(Language.Vi, Show.Date(Today.AddDays(-1)))]);
        yield return new("forged sat:g:<a citizen>:<ngày>, assigning a citizen to duty", Nobody, c => Task.FromResult(Changes(
            () => c.Press($"{SessionsHandler.SaturdayPrefix}:g:{office.PersonOf(OtherCitizen)}:{Stamp(NextSaturday)}"),
            async _ => await office.OnDutyAsync(OtherCitizen, NextSaturday))),
            r => r switch
            {
                Role.Citizen => [Vi(AccessTexts.StaffOnly)],
                Role.Officer => [Vi(AccessTexts.LeaderOnly)],
                _ => [SessionTexts.NoSuchOfficer.Format(Language.Vi, office.PersonOf(OtherCitizen))],
            });
        yield return new("forged pa:r:<phản ánh>, reopening someone else's complaint", Nobody, c => Task.FromResult(Changes(
            () => c.Press($"{ComplaintForm.ButtonPrefix}:r:{office.Answered.Id}"),
            async _ => (await office.ComplaintAsync(office.Answered.Id)).ReopenCount > 0)),
            _ => [Vi(StartTexts.Unknown)]);
        yield return new("forged pa:i:<phản ánh>, adding to someone else's complaint", Nobody, c => Task.FromResult(Changes(
            () => c.Press($"{ComplaintForm.ButtonPrefix}:i:{office.ForAdmin.Id}"),
            async _ => (await office.FormOfAsync(c.User))?.Kind == ComplaintForm.Kind)),
            _ => [Vi(StartTexts.Unknown)]);
        yield return new("/phananh <mã> of someone else's complaint", Nobody, c => Task.FromResult(Reads(
            () => c.Say($"/phananh {office.Answered.TrackingCode}"),
            r => r.Any(m => m.Text?.Contains(office.Answered.Answer!, StringComparison.Ordinal) == true))),
            _ => [ComplaintTexts.NotFound.Format(Language.Vi, office.Answered.TrackingCode)]);
        yield return new("forged rt:<hồ sơ>:l1 on a returned dossier someone else follows", Nobody, async c =>
        {
            var d = await office.DossierAsync(DossierState.Returned, followedBy: OtherCitizen);
            return Changes(() => c.Press(RatingHandler.LevelButtons(d.Id, Language.Vi)[0][0].Data), async _ => await office.RatingOfAsync(d.Id) is not null);
        }, _ => [Vi(RatingTexts.NotAllowed)]);
        yield return new("forged uf:<hồ sơ> of a dossier someone else follows", Nobody, async c =>
        {
            var d = await office.DossierAsync(followedBy: OtherCitizen);
            return Changes(() => c.Press($"{FollowHandler.ButtonPrefix}:{d.Id}"), async _ => !await office.FollowsAsync(OtherCitizen, d.Id));
        }, _ => [Vi(FollowTexts.NotFollowing), Vi(FollowTexts.UnfollowChoose)]);
        yield return new("forged fw:<a guessed token>", Nobody, c => Task.FromResult(Changes(
            () => c.Press($"{FollowHandler.FollowButtonPrefix}:authz-guess"),
            async _ => false)),
            _ => [Vi(LookupTexts.FollowUnknown)]);
        yield return new("forged bc:<a leader>:skip, a vote for someone who is no officer", Nobody, c => Task.FromResult(Changes(
            () => c.Press($"{VoteHandler.ButtonPrefix}:{office.PersonOf(BotUnderTest.Leader)}:skip"),
            async _ => await office.VotedAsync(c.User))),
            r => [Vi(r == Role.Citizen ? StartTexts.Unknown : VoteTexts.CitizensOnly)]);
    }

    private static string[] LeaderAmongStaff(Role role) => [Vi(role == Role.Citizen ? AccessTexts.StaffOnly : AccessTexts.LeaderOnly)];

    private static string[] NotYourUndo(Role role) =>
        [role == Role.Citizen ? Vi(AccessTexts.StaffOnly) : ErrorTexts.For(new DomainException("dossier.undo_not_yours", "Sáng"), Language.Vi)];

    /// <summary>The refusal the access checks give to a role a row does not allow.</summary>
    private static string[] DefaultRefusal(Role[] allowed, Role role) =>
        allowed == Staff ? [Vi(AccessTexts.StaffOnly)]
        : allowed == Leaders ? [Vi(AccessTexts.LeaderOnly)]
        : allowed == Admins ? [Vi(role == Role.Citizen ? AccessTexts.StaffOnly : AccessTexts.AdminOnly)]
        : allowed == Citizens ? [Vi(VoteTexts.CitizensOnly)]
        : [];

    private static readonly string[] AccessRefusals =
        [Vi(AccessTexts.StaffOnly), Vi(AccessTexts.LeaderOnly), Vi(AccessTexts.AdminOnly), Vi(VoteTexts.CitizensOnly), Vi(Confirmations.Expired)];

    private static bool HelpFits(Role role, string? text) =>
        text is not null
        && text.StartsWith(Vi(role == Role.Citizen ? StartTexts.CitizenHelp : StartTexts.OfficerHelp), StringComparison.Ordinal)
        && text.Contains(Vi(DigestTexts.LeaderHelp), StringComparison.Ordinal) == (role >= Role.Leader)
        && text.Contains(Vi(StartTexts.AdminHelp), StringComparison.Ordinal) == (role == Role.Admin);

    private static long UserOf(Role role) => role switch
    {
        Role.Citizen => Citizen,
        Role.Officer => BotUnderTest.Officer,
        Role.Leader => BotUnderTest.Leader,
        _ => BotUnderTest.Admin,
    };

    private static string Vi(Text text) => text[Language.Vi];

    private static string Stamp(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static bool HasButton(SentMessage message, string dataPrefix) =>
        message.Buttons.SelectMany(r => r).Any(b => b.CallbackData?.StartsWith(dataPrefix, StringComparison.Ordinal) == true);

    private static string ButtonData(SentMessage message, string dataPrefix) =>
        message.Buttons.SelectMany(r => r).First(b => b.CallbackData?.StartsWith(dataPrefix, StringComparison.Ordinal) == true).CallbackData!;

    private static Attempt Changes(Func<Task<IReadOnlyList<SentMessage>>> act, Func<IReadOnlyList<SentMessage>, Task<bool>> ran, Func<Task>? then = null) =>
        new(act, ran, ChangesData: true, then);

    private static Attempt Reads(Func<Task<IReadOnlyList<SentMessage>>> act, Func<IReadOnlyList<SentMessage>, bool> ran) =>
        new(act, r => Task.FromResult(ran(r)), ChangesData: false);

    /// <summary>
    /// Every table a command or a button may change, as lines: dossiers and their history, people's roles and
    /// languages, invitations, open forms, follows, ratings, complaints, votes, sessions and duties. Not the outbox
    /// or the handled update ids, which every message writes.
    /// </summary>
    private static async Task<string> SnapshotAsync(BotUnderTest bot)
    {
        await using var db = bot.Db();
        var lines = new List<string>();
        void Add<T>(string table, IEnumerable<T> rows) => lines.AddRange(rows.Select(r => table + " " + r));
        Add("dossier", await db.Dossiers.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.State, d.Version, d.FeeVnd, d.DueDate, d.ReturnedById }).ToListAsync());
        Add("event", await db.DossierEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.DossierId, e.Action, e.ActorId }).ToListAsync());
        Add("refusal", await db.ReceptionRefusals.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.OfficerId }).ToListAsync());
        Add("person", await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.ExternalId, p.Role, p.Language, p.RoleRevokedAtUtc }).ToListAsync());
        Add("invite", (await db.Invites.AsNoTracking().Select(i => new { i.Code, i.Role, i.UsedById }).ToListAsync()).OrderBy(i => i.Code, StringComparer.Ordinal));
        Add("form", await db.Conversations.AsNoTracking().OrderBy(c => c.Channel).ThenBy(c => c.ChatId).Select(c => new { c.Channel, c.ChatId, c.Kind, c.Data }).ToListAsync());
        Add("follow", await db.Follows.AsNoTracking().OrderBy(f => f.ChatId).ThenBy(f => f.DossierId).Select(f => new { f.Channel, f.ChatId, f.DossierId }).ToListAsync());
        Add("rating", await db.Ratings.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.DossierId, r.ChatId, r.Level, r.Harassment, r.Comment }).ToListAsync());
        Add("complaint", await db.Complaints.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.State, c.Upheld, c.ReopenCount, c.MoreInfoAsked, c.Answer, c.HandledById, c.Version }).ToListAsync());
        Add("vote", await db.Votes.AsNoTracking().OrderBy(v => v.Id).Select(v => new { v.Id, v.OfficerId, v.VoterId, v.Month }).ToListAsync());
        Add("session", await db.ExtraSessions.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.OfficerId, s.Kind, s.Date, s.PeopleServed, s.EndedAtUtc }).ToListAsync());
        Add("duty", await db.SaturdayDuties.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Date, s.OfficerId, s.AssignedById }).ToListAsync());
        // A look-up opens an empty counter for its chat and its code; only a failure counted on it is a change.
        Add("throttle", (await db.LookupThrottles.AsNoTracking().Where(t => t.Failures > 0 || t.BlockedUntilUtc != null).Select(t => new { t.Key, t.Failures, t.BlockedUntilUtc }).ToListAsync()).OrderBy(t => t.Key, StringComparer.Ordinal));
        return string.Join('\n', lines);
    }

    private static string Diff(string before, string after)
    {
        var was = before.Split('\n');
        var now = after.Split('\n');
        return string.Join('\n', was.Except(now).Select(l => "- " + l).Concat(now.Except(was).Select(l => "+ " + l)));
    }

    /// <param name="What">The command or the button's data, as a person would read it in the table.</param>
    /// <param name="Allowed">The roles that may; the others are refused.</param>
    /// <param name="Arrange">Sets the scene for one role (before the database is read) and says how to act and what the act proves.</param>
    /// <param name="Refusal">The sentence each refused role gets, when not the access check's own.</param>
    private sealed record Row(string What, Role[] Allowed, Func<Case, Task<Attempt>> Arrange, Func<Role, string[]>? Refusal = null)
    {
        /// <summary>A row whose scene needs nothing done first.</summary>
        public Row(string what, Role[] allowed, Func<Case, Attempt> act, Func<Role, string[]>? refusal = null)
            : this(what, allowed, c => Task.FromResult(act(c)), refusal)
        {
        }
    }

    /// <param name="Ran">The effect, asked only where the table allows the act.</param>
    /// <param name="ChangesData">False for a read: allowed or refused, the database stays as it was.</param>
    /// <param name="Then">Puts back what the act changed that later rows rely on.</param>
    private sealed record Attempt(Func<Task<IReadOnlyList<SentMessage>>> Act, Func<IReadOnlyList<SentMessage>, Task<bool>> Ran, bool ChangesData, Func<Task>? Then = null);

    /// <summary>One role's person in one row.</summary>
    private sealed record Case(Office Office, Role Role, long User)
    {
        public Task<IReadOnlyList<SentMessage>> Say(string text, int expectedReplies = 1, int? replyTo = null) =>
            Office.Bot.SayAsync(User, text, expectedReplies, replyTo);

        public Task<IReadOnlyList<SentMessage>> Press(string data) => Office.Bot.PressDataAsync(User, data);
    }

    /// <summary>The bot with its people, and the dossiers and complaints the rows act on.</summary>
    private sealed class Office
    {
        private readonly Dictionary<long, long> people = [];
        private int sequence = 500;

        private Office(BotUnderTest bot) => Bot = bot;

        public BotUnderTest Bot { get; }

        public int ProcedureId { get; private set; }

        /// <summary>Complaints of <see cref="OtherCitizen"/>: one for the leader to take up, one for the administrator.</summary>
        public Complaint ForLeader { get; private set; } = null!;

        public Complaint ForAdmin { get; private set; } = null!;

        /// <summary>A harassment complaint of <see cref="OtherCitizen"/> the leader answered, waiting for its finding.</summary>
        public Complaint Answered { get; private set; } = null!;

        private OfficeInstant Now => OfficeInstant.FromUtc(Bot.Clock.GetUtcNow().UtcDateTime, A.Hanoi);

        public static async Task<Office> OpenAsync(BotUnderTest bot)
        {
            var office = new Office(bot);
            foreach (var user in new[] { Citizen, OtherCitizen, BotUnderTest.Officer, OtherOfficer, FormerOfficer, BotUnderTest.Leader, BotUnderTest.Admin, OtherAdmin })
            {
                await bot.SayAsync(user, "/start", expectedReplies: 2);
            }

            await using (var db = bot.Db())
            {
                foreach (var p in await db.People.AsNoTracking().ToListAsync())
                {
                    office.people[p.ExternalId] = p.Id;
                }

                office.ProcedureId = await db.Procedures.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            }

            office.ForLeader = await office.FileComplaintAsync("Chậm trễ", "Hồ sơ của tôi quá hạn mà chưa ai báo.");
            office.ForAdmin = await office.FileComplaintAsync("Chậm trễ", "Tôi chờ kết quả đã hai tuần.");
            var harassment = await office.FileComplaintAsync("Nhũng nhiễu", "Cán bộ đòi thêm tiền ngoài lệ phí.");
            var card = await office.LeadersCardAsync(harassment.TrackingCode);
            await bot.SayAsync(BotUnderTest.Leader, "Đã xác minh và nhắc nhở cán bộ.", replyTo: card.MessageId);
            office.Answered = await office.ComplaintAsync(harassment.Id);
            office.Answered.State.Should().Be(ComplaintState.Answered);
            return office;
        }

        public long PersonOf(long user) => people[user];

        /// <summary>A dossier received by the officer a moment ago, in <paramref name="state"/>, followed by <paramref name="followedBy"/>'s chat.</summary>
        public async Task<Dossier> DossierAsync(DossierState state = DossierState.Received, long? followedBy = null)
        {
            await using var db = Bot.Db();
            var procedure = await db.Procedures.AsNoTracking().SingleAsync(p => p.Id == ProcedureId);
            var officer = new Actor(PersonOf(BotUnderTest.Officer), "Lan");
            var number = ++sequence;
            var dossier = Dossier.Receive(
                new Reception(procedure, "Trần Văn Bình", "0912345678", DossierChannel.Counter, true, PaymentMethod.None, 0),
                "H15.50.05.13",
                number,
                Now,
                officer,
                A.Calendar,
                "authz-" + number.ToString(CultureInfo.InvariantCulture));
            if (state is DossierState.Done or DossierState.Returned)
            {
                dossier.Apply(new DossierCommand(DossierAction.Complete), Now, officer, A.Calendar);
            }

            if (state is DossierState.Returned)
            {
                dossier.Apply(new DossierCommand(DossierAction.Return), Now, officer, A.Calendar);
            }

            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            if (followedBy is { } chat)
            {
                db.Follows.Add(new Follow { Channel = ChannelKind.Telegram, ChatId = chat, DossierId = dossier.Id, AtUtc = Now.Utc });
                await db.SaveChangesAsync();
            }

            return dossier;
        }

        public async Task<string> InviteAsync()
        {
            var code = "authz" + (++sequence).ToString(CultureInfo.InvariantCulture);
            await using var db = Bot.Db();
            db.Invites.Add(new Invite(A.Unit, code, Role.Officer, PersonOf(BotUnderTest.Admin), Now.Utc, Now.Utc.AddDays(1)));
            await db.SaveChangesAsync();
            return code;
        }

        /// <summary>Makes a citizen who redeemed an invitation a citizen again, as /thuhoi would.</summary>
        public async Task RevokeAsync(long user)
        {
            await using var db = Bot.Db();
            var id = PersonOf(user);
            (await db.People.SingleAsync(p => p.Id == id)).RevokeRole(Now.Utc);
            await db.SaveChangesAsync();
        }

        public async Task PutOnDutyAsync(long user, DateOnly day)
        {
            await using var db = Bot.Db();
            db.SaturdayDuties.Add(new SaturdayDuty(A.Unit, day, PersonOf(user), PersonOf(user), Now.Utc));
            await db.SaveChangesAsync();
        }

        /// <summary>Forgets the chat's open form, so that the next row starts from none.</summary>
        public async Task ForgetFormsOfAsync(long user)
        {
            await using var db = Bot.Db();
            var forms = await db.Conversations.Where(c => c.Channel == ChannelKind.Telegram && c.ChatId == user).ToListAsync();
            db.Conversations.RemoveRange(forms);
            await db.SaveChangesAsync();
        }

        public async Task<ConversationState?> FormOfAsync(long user)
        {
            await using var db = Bot.Db();
            return await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Channel == ChannelKind.Telegram && c.ChatId == user);
        }

        public async Task<Language> LanguageOfAsync(long user)
        {
            await using var db = Bot.Db();
            var id = PersonOf(user);
            return await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => p.Language).SingleAsync();
        }

        public async Task<Role> RoleOfAsync(long user)
        {
            await using var db = Bot.Db();
            var id = PersonOf(user);
            return await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => p.Role).SingleAsync();
        }

        public async Task<long?> InviteUsedByAsync(string code)
        {
            await using var db = Bot.Db();
            return await db.Invites.AsNoTracking().Where(i => i.Code == code).Select(i => i.UsedById).SingleAsync();
        }

        public async Task<int> InvitesByAsync(long user)
        {
            await using var db = Bot.Db();
            var id = PersonOf(user);
            return await db.Invites.CountAsync(i => i.CreatedById == id);
        }

        public async Task<bool> FollowsAsync(long user, int dossierId)
        {
            await using var db = Bot.Db();
            return await db.Follows.AnyAsync(f => f.Channel == ChannelKind.Telegram && f.ChatId == user && f.DossierId == dossierId);
        }

        public async Task<DossierState> StateOfAsync(int dossierId)
        {
            await using var db = Bot.Db();
            return await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId).Select(d => d.State).SingleAsync();
        }

        public async Task<ExtraSession?> HalfHourOfAsync(long user, DateOnly? day = null)
        {
            await using var db = Bot.Db();
            var id = PersonOf(user);
            var date = day ?? Today;
            return await db.ExtraSessions.AsNoTracking().SingleOrDefaultAsync(s => s.OfficerId == id && s.Kind == SessionKind.ExtraHalfHour && s.Date == date);
        }

        public async Task<bool> OnDutyAsync(long user, DateOnly day)
        {
            await using var db = Bot.Db();
            var id = PersonOf(user);
            return await db.SaturdayDuties.AnyAsync(s => s.OfficerId == id && s.Date == day);
        }

        public async Task<bool> VotedAsync(long user)
        {
            await using var db = Bot.Db();
            return await db.Votes.AnyAsync(v => v.VoterId == user);
        }

        public async Task<Rating?> RatingOfAsync(int dossierId)
        {
            await using var db = Bot.Db();
            return await db.Ratings.AsNoTracking().SingleOrDefaultAsync(r => r.DossierId == dossierId);
        }

        public async Task<Complaint> ComplaintAsync(long id)
        {
            await using var db = Bot.Db();
            return await db.Complaints.AsNoTracking().SingleAsync(c => c.Id == id);
        }

        /// <summary>An anonymous complaint of <see cref="OtherCitizen"/>, naming no dossier and no officer.</summary>
        private async Task<Complaint> FileComplaintAsync(string kind, string text)
        {
            var kinds = (await Bot.SayAsync(OtherCitizen, "/phananh")).Single();
            var dossier = (await Bot.PressAsync(OtherCitizen, kinds, kind)).Single();
            await Bot.PressAsync(OtherCitizen, dossier, "Bỏ qua");
            var officers = (await Bot.SayAsync(OtherCitizen, text)).Single();
            var anonymous = (await Bot.PressAsync(OtherCitizen, officers, "Bỏ qua")).Single();
            await Bot.PressAsync(OtherCitizen, anonymous, "Ẩn danh");
            await using var db = Bot.Db();
            var complaint = await db.Complaints.AsNoTracking().OrderByDescending(c => c.Id).FirstAsync();
            await LeadersCardAsync(complaint.TrackingCode);
            return complaint;
        }

        /// <summary>The card the leader got for a new complaint, once the outbox delivered it.</summary>
        private async Task<SentMessage> LeadersCardAsync(string trackingCode)
        {
            var waited = Stopwatch.StartNew();
            while (true)
            {
                var card = Bot.Telegram.SentTo(BotUnderTest.Leader).LastOrDefault(m => m.Text?.Contains(trackingCode, StringComparison.Ordinal) == true);
                if (card is not null)
                {
                    return card;
                }

                if (waited.Elapsed > TimeSpan.FromSeconds(10))
                {
                    throw new TimeoutException($"The leader got no card for {trackingCode}.");
                }

                await Task.Delay(20);
            }
        }
    }
}
