using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneStopBot.Domain.People;
using OneStopBot.FakeBotApi;
using OneStopBot.Tests.Support;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.Payments;
using Xunit.Abstractions;

namespace OneStopBot.Tests.Bot.Faults;

/// <summary>
/// Ten thousand random and adversarial updates through the real pipeline: callback data of every button the bot makes,
/// with other ids, versions and roles' actions, cut or padded to Telegram's 64 bytes; texts with control characters,
/// bidirectional marks, zero-width characters, emoji, 4,096 characters and more, injections and every command with
/// garbage; every other kind of update, in private chats, groups and channels. Nothing may be logged as a fault, every
/// private message is answered, and a citizen changes nothing but what is theirs.
/// </summary>
public sealed partial class HostileInputTests(ITestOutputHelper output)
{
    private const int Seed = 20261204;
    private const int CitizenInputs = 9_000;
    private const int StaffInputs = 1_000;
    private const int Batch = 500;
    private const long Owner = 4001;
    private const long FirstCitizen = 700_000;
    private const long Group = -4242;
    private const long Supergroup = -1004242;
    private const long ChannelChat = -1009999;

    private static readonly string[] Commands =
    [
        "start", "huongdan", "help", "menu", "ngonngu", "lang", "language", "huy", "cancel", "tiepnhan", "hoso", "hoantac", "undo",
        "viec", "tracuu", "thutuc", "ngayhen", "amlich", "moi", "thuhoi", "nhansu", "theodoi", "huytheodoi", "cuatoi", "hosocuatoi",
        "mine", "phananh", "phananh_ds", "binhchon", "baocao", "thidua", "xuat", "them30", "thubay",
    ];

    private static readonly string[] Phrases =
    [
        "xu ly", "bo sung", "da bo sung", "nop phi", "da nop", "xong", "tra", "rut", "dung", "xin loi", "tu choi", "hoi them", "huy",
        "huy bo", "cancel", "hồ sơ của tôi", "my dossiers", "ĐÃ TRẢ", "đúng", "Kết luận: đúng", "co", "khong", "tm", "ck", "truc tiep",
    ];

    private static readonly string[] Injections =
    [
        "'; DROP TABLE \"People\"; --", "1' OR '1'='1", "\" OR 1=1 --", "'); DELETE FROM \"Dossiers\"; --", "%' AND 1=0 UNION SELECT * FROM \"People\" --",
        "<script>alert(1)</script>", "<b>đậm</b><i>", "</code><a href=\"tg://user?id=1\">x</a>", "&lt;&amp;&gt;&#0;", "*_`[]()~>#+-=|{}.!\\",
        "**đậm** __nghiêng__ ||ẩn|| ```code```", "[link](javascript:alert(1))", "{0}{1}{{}}%s%d%n", "${env:PATH} $(id) `id`", "../../etc/passwd",
        "\\u0000\\x00", "null", "undefined", "NaN", "-0", "1e309", "99999999999999999999999999", "-9223372036854775809", "0x7FFFFFFF",
    ];

    private static readonly string[] Marks =
    [
        "\u200F", "\u200E", "\u202E", "\u202D", "\u2066", "\u2069", "\u061C", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u00AD",
        "\u0301", "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", "\r", "\n", "\t", "😀", "👨‍👩‍👧", "🇻🇳", "👍🏽",
        "\uFFFD", "\uFFFF", "𝕏", "ﷺ", "Ⅻ", "٣", "１２３", "ǅ",
    ];

    private static readonly string[] ActionCodes = ["tn", "xl", "bs", "dbs", "np", "dn", "xong", "tra", "tc", "rut", "dung", "xloi", "ht"];

    [Fact]
    public async Task TenThousandHostileInputs_LogNoFault_AnswerEveryPrivateMessage_AndChangeNothingACitizenMayNot()
    {
        var logs = new LogRecorder(LogLevel.Warning);
        await using var bot = await BotUnderTest.StartAsync(configure: b => b.Logging.AddProvider(logs));
        var world = await BuildWorldAsync(bot);
        var random = new Random(Seed);
        var inputs = new Inputs(random, world, bot.Telegram);
        logs.Entries.Should().BeEmpty("the world is built without a fault");

        TableSnapshot before;
        await using (var db = bot.Db())
        {
            before = await TableSnapshot.TakeAsync(db);
        }

        var clock = Stopwatch.StartNew();
        var callbacksBefore = bot.Telegram.CallbackAnswers;
        await SendAsync(bot, Enumerable.Range(0, CitizenInputs).Select(_ => inputs.FromCitizen()));
        var citizenTime = clock.Elapsed;

        TableSnapshot after;
        await using (var db = bot.Db())
        {
            after = await TableSnapshot.TakeAsync(db);
        }

        var forbidden = after.ChangesSince(before).Where(change => !world.MayChange(change, inputs.Citizens, before)).ToList();
        var citizenCallbacks = bot.Telegram.CallbackAnswers - callbacksBefore;

        clock.Restart();
        await SendAsync(bot, Enumerable.Range(0, StaffInputs).Select(_ => inputs.FromStaff()));
        var staffTime = clock.Elapsed;
        output.WriteLine($"seed {Seed}: {CitizenInputs} citizen inputs in {citizenTime.TotalSeconds:0.0} s, {StaffInputs} staff inputs in {staffTime.TotalSeconds:0.0} s on {bot.Database.Provider}");

        foreach (var entry in logs.Entries.Where(e => e.Exception is not null).Take(5))
        {
            output.WriteLine(entry.Exception!.ToString());
        }

        var because = $"(seed {Seed}; reproduce with that seed)";
        logs.Entries.Should().BeEmpty($"no hostile input is a fault {because}; the entries, with the input of the update each names: {inputs.Describe(logs.Entries)}");
        var unanswered = inputs.Expected.Where(pair => bot.Telegram.SentTo(pair.Key).Count < pair.Value).Select(pair => pair.Key).ToList();
        unanswered.Should().BeEmpty($"every private message is answered {because}; unanswered: {inputs.DescribeChats(unanswered)}");
        new[] { Group, Supergroup, ChannelChat }.Should().AllSatisfy(chat => bot.Telegram.SentTo(chat).Should().BeEmpty($"the bot answers in private chats only {because}"));
        citizenCallbacks.Should().Be(inputs.CitizenPresses, $"every button pressed in a private chat is acknowledged {because}");
        forbidden.Should().BeEmpty($"a citizen changes only their own record, their forms, and what any citizen may do {because}: {string.Join(" ‖ ", forbidden.Take(20))}");
        output.WriteLine(inputs.Summary);
    }

    /// <summary>Sends in batches; each batch is handled before the next, so that a slow lane cannot outlast a wait.</summary>
    private static async Task SendAsync(BotUnderTest bot, IEnumerable<Update> updates)
    {
        // Each update is queued on the fake server as it is made, so a chunk is a batch sent at once.
        foreach (var unused in updates.Chunk(Batch))
        {
            var deadline = Stopwatch.StartNew();
            while (bot.Telegram.UnconfirmedUpdates > 0 && deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(50);
            }

            await bot.IdleAsync();
        }
    }

    /// <summary>
    /// Two dossiers followed by their applicant (one returned and rated), a complaint and a vote of that citizen, an
    /// open question of the officer, an invitation, the Saturday roster: rows for hostile input to aim at.
    /// </summary>
    private static async Task<World> BuildWorldAsync(BotUnderTest bot)
    {
        await bot.SayAsync(BotUnderTest.Admin, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.Leader, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.Officer, "/start", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.SecondOfficer, "/start", expectedReplies: 2);
        var returned = await bot.ReceiveDossierAsync();
        var open = await bot.ReceiveDossierAsync("30000");
        await bot.SayAsync(Owner, $"/theodoi {returned} 5678");
        await bot.SayAsync(Owner, $"/theodoi {open} 5678");
        await bot.SayAsync(BotUnderTest.Officer, $"{returned} xu ly");
        await bot.SayAsync(BotUnderTest.Officer, $"{returned} xong");
        await bot.SayConfirmedAsync(BotUnderTest.Officer, $"{returned} tra");
        await bot.IdleAsync();
        var prompt = bot.Telegram.SentTo(Owner).Last(m => m.Buttons.SelectMany(r => r).Any(b => b.CallbackData!.StartsWith("rt:", StringComparison.Ordinal)));
        var harassment = (await bot.PressAsync(Owner, prompt, "Hài lòng")).Single();
        var comment = (await bot.PressAsync(Owner, harassment, "Không")).Single();
        await bot.PressAsync(Owner, comment, "Bỏ qua");

        var kinds = (await bot.SayAsync(Owner, "/phananh")).Single();
        var dossier = (await bot.PressAsync(Owner, kinds, "Chậm trễ")).Single();
        await bot.PressAsync(Owner, dossier, "Bỏ qua");
        var officers = (await bot.SayAsync(Owner, "Hồ sơ khai sinh của con tôi trễ hẹn đã một tuần.")).Single();
        var anonymous = (await bot.PressAsync(Owner, officers, "Lan")).Single();
        await bot.PressAsync(Owner, anonymous, "Ẩn danh");

        var vote = (await bot.SayAsync(Owner, "/binhchon")).Single();
        var reason = (await bot.PressAsync(Owner, vote, "Lan")).Single();
        await bot.PressAsync(Owner, reason, "Bỏ qua");

        await bot.SayAsync(BotUnderTest.Admin, "/moi canbo");
        await bot.SayAsync(BotUnderTest.Officer, "/thubay");
        await bot.SayAsync(BotUnderTest.Leader, "/thubay giao");
        await bot.SayAsync(BotUnderTest.Leader, "/phananh_ds", expectedReplies: 2);
        await bot.SayAsync(BotUnderTest.Officer, $"/hoso {open}");
        await bot.SayAsync(BotUnderTest.Officer, "/viec");
        await bot.SayAsync(BotUnderTest.Officer, $"{open} rut");
        await bot.IdleAsync();

        await using var db = bot.Db();
        var people = await db.People.AsNoTracking().ToListAsync();
        var dossiers = await db.Dossiers.AsNoTracking().ToListAsync();
        return new World(
            Buttons: [.. bot.Telegram.AllSent.SelectMany(m => m.Buttons).SelectMany(r => r).Select(b => b.CallbackData).OfType<string>().Distinct()],
            Cards: [.. bot.Telegram.AllSent.Where(m => m.Text is not null).Select(m => m.Text!).Distinct()],
            BotMessages: [.. bot.Telegram.AllSent.Select(m => m.MessageId)],
            Codes: [.. dossiers.Select(d => d.Code)],
            Tails: [returned, open],
            Tokens: [.. dossiers.Select(d => d.FollowToken)],
            Invites: [.. await db.Invites.AsNoTracking().Select(i => i.Code).ToListAsync()],
            Ids: [.. people.Select(p => p.Id), .. dossiers.Select(d => (long)d.Id), .. await db.Complaints.AsNoTracking().Select(c => (long)c.Id).ToListAsync(), .. dossiers.Select(d => (long)d.Version)],
            OfficerIds: [.. people.Where(p => p.Role == Role.Officer).Select(p => p.Id)],
            Complaints: [.. await db.Complaints.AsNoTracking().Select(c => c.TrackingCode).ToListAsync()]);
    }

    /// <summary>What the world holds for the inputs to use, and what a citizen may change in it.</summary>
    private sealed record World(
        IReadOnlyList<string> Buttons,
        IReadOnlyList<string> Cards,
        IReadOnlyList<int> BotMessages,
        IReadOnlyList<string> Codes,
        IReadOnlyList<string> Tails,
        IReadOnlyList<string> Tokens,
        IReadOnlyList<string> Invites,
        IReadOnlyList<long> Ids,
        IReadOnlyList<long> OfficerIds,
        IReadOnlyList<string> Complaints)
    {
        /// <summary>
        /// The short list of what a citizen's input may touch: their own person row (as a citizen), their chat's form,
        /// the update ids, the replies to their chat, the lookup throttle, and a vote of theirs for an officer (the
        /// vote buttons are every citizen's; the unique index keeps it one per officer and month).
        /// </summary>
        public bool MayChange(RowChange change, IReadOnlySet<long> citizens, TableSnapshot before)
        {
            bool Theirs(string column) => long.TryParse(change[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && citizens.Contains(id);
            var citizenRole = before.Rows("People").Values.First(p => p["ExternalId"] == Owner.ToString(CultureInfo.InvariantCulture))["Role"];
            return change.Table switch
            {
                "ProcessedUpdates" => change.Before is null,
                "People" => Theirs("ExternalId") && change["Role"] == citizenRole && (change.Before is null || change.Before["Role"] == citizenRole),
                "Conversations" => Theirs("ChatId"),
                "Outbox" => Theirs("ChatId"),
                "LookupThrottles" => true,
                "Votes" => change.Before is null && Theirs("VoterId") && OfficerIds.Contains(long.Parse(change["OfficerId"]!, CultureInfo.InvariantCulture)),
                _ => false,
            };
        }
    }

    /// <summary>The generator: every update it makes is kept with what it was, to name the input behind a failure.</summary>
    private sealed partial class Inputs(Random random, World world, FakeBotApiServer telegram)
    {
        private readonly Dictionary<long, string> byUpdate = [];
        private readonly Dictionary<long, List<string>> byChat = [];
        private readonly Dictionary<string, int> kinds = [];
        private readonly List<long> regulars = [.. Enumerable.Range(1, 24).Select(i => FirstCitizen - i)];
        private readonly HashSet<long> citizens = [];
        private long nextCitizen = FirstCitizen;
        private int nextMessage = 1_000_000;
        private int nextQuery;

        public IReadOnlySet<long> Citizens => citizens;

        /// <summary>Private messages sent per chat: each must have at least as many answers.</summary>
        public Dictionary<long, int> Expected { get; } = [];

        public int CitizenPresses { get; private set; }

        public string Summary => string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}"));

        public Update FromCitizen()
        {
            // Most inputs come from a citizen never seen before; a few regulars send many, so forms are open when
            // the next hostile input arrives.
            var user = random.Next(4) == 0 ? regulars[random.Next(regulars.Count)] : nextCitizen++;
            citizens.Add(user);
            return Make(user, staff: false);
        }

        public Update FromStaff() => Make(random.Next(3) switch { 0 => BotUnderTest.Leader, 1 => BotUnderTest.SecondOfficer, _ => BotUnderTest.Officer }, staff: true);

        public string Describe(IEnumerable<(LogLevel Level, string Category, string Message, Exception? Exception)> entries) =>
            string.Join(" ‖ ", entries.Take(30).Select(e =>
            {
                var input = UpdateNamed().Match(e.Message) is { Success: true } m && byUpdate.TryGetValue(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), out var what) ? " ← " + Show(what) : "";
                var inner = e.Exception?.GetBaseException();
                var error = inner is null ? "" : $" [{inner.GetType().Name}: {inner.Message.Split('\n')[0]}]";
                return $"{e.Level} {e.Category}: {Show(e.Message.Split('\n')[0])}{error}{input}";
            }));

        public string DescribeChats(IEnumerable<long> chats) =>
            string.Join(" ‖ ", chats.Take(20).Select(c => $"{c}: {string.Join(" | ", byChat.GetValueOrDefault(c, []).Select(Show))}"));

        [GeneratedRegex(@"update (\d+)")]
        private static partial Regex UpdateNamed();

        private static string Show(string input) =>
            (input.Length > 160 ? input[..160] + $"…({input.Length})" : input).Replace("\0", "\\0", StringComparison.Ordinal);

        private Update Make(long user, bool staff)
        {
            var roll = random.Next(100);
            var (update, what, expectsAnswer) = roll switch
            {
                < 40 => Press(user, staff),
                < 80 => Private(user, Text(staff)),
                < 88 => OtherMessage(user),
                _ => OtherUpdate(user),
            };
            var id = telegram.Enqueue(update);
            byUpdate[id] = what;
            if (expectsAnswer)
            {
                Expected[user] = Expected.GetValueOrDefault(user) + 1;
                byChat.TryAdd(user, []);
                byChat[user].Add(what);
            }

            return update;
        }

        private (Update, string, bool) Private(long user, string text)
        {
            Count("text");
            var message = Message(user, user);
            message.Text = text;
            return (new Update { Message = message }, "text " + text, true);
        }

        private (Update, string, bool) Press(long user, bool staff)
        {
            var data = CallbackData();
            var query = new CallbackQuery { Id = (++nextQuery).ToString(CultureInfo.InvariantCulture), From = User(user), ChatInstance = "x", Data = data };
            switch (random.Next(10))
            {
                case 0:
                    Count("button without message");
                    query.InlineMessageId = "inline" + nextQuery.ToString(CultureInfo.InvariantCulture);
                    CitizenPresses += staff ? 0 : 1;
                    return (new Update { CallbackQuery = query }, "button (inline) " + data, false);
                case 1:
                    Count("button in a group");
                    query.Message = BotMessage(random.Next(2) == 0 ? Group : Supergroup);
                    return (new Update { CallbackQuery = query }, "button (group) " + data, false);
                default:
                    Count("button");
                    query.Message = BotMessage(user);
                    CitizenPresses += staff ? 0 : 1;
                    return (new Update { CallbackQuery = query }, "button " + data, false);
            }
        }

        private (Update, string, bool) OtherMessage(long user)
        {
            var message = Message(user, user);
            string what;
            switch (random.Next(8))
            {
                case 0:
                    message.Photo = [new PhotoSize { FileId = "p", FileUniqueId = "p", Width = 1, Height = 1 }];
                    message.Caption = Text(staff: false);
                    what = "photo with caption " + message.Caption;
                    break;
                case 1:
                    message.Sticker = new Sticker { FileId = "s", FileUniqueId = "s", Type = StickerType.Regular, Width = 1, Height = 1, Emoji = "😀" };
                    what = "sticker";
                    break;
                case 2:
                    message.Contact = new Contact { PhoneNumber = Pick(["0912345678", "+84912345678", "", "'; --", new string('9', 64)]), FirstName = "X", UserId = random.Next(2) == 0 ? user : user + 1 };
                    what = "contact " + message.Contact.PhoneNumber;
                    break;
                case 3:
                    message.Location = new Location { Latitude = random.NextDouble() * 180 - 90, Longitude = random.NextDouble() * 360 - 180 };
                    what = "location";
                    break;
                case 4:
                    message.Text = Text(staff: false);
                    message.ReplyToMessage = BotMessage(user);
                    message.ReplyToMessage.Text = Pick(world.Cards);
                    what = "reply to a card: " + message.Text;
                    break;
                case 5:
                    message.Document = new Document { FileId = "d", FileUniqueId = "d", FileName = Pick(Injections) };
                    what = "document";
                    break;
                case 6:
                    message.Dice = new Dice { Emoji = "🎲", Value = 3 };
                    what = "dice";
                    break;
                default:
                    message.Text = Text(staff: false);
                    message.ForwardOrigin = new MessageOriginUser { SenderUser = User(user + 1), Date = DateTime.UtcNow };
                    what = "forwarded " + message.Text;
                    break;
            }

            Count("other private message");
            return (new Update { Message = message }, what, true);
        }

        private (Update, string, bool) OtherUpdate(long user)
        {
            var text = Text(staff: false);
            Count("other update");
            switch (random.Next(14))
            {
                case 0:
                    return (new Update { EditedMessage = WithText(Message(user, user), text) }, "edited " + text, false);
                case 1:
                    var post = Message(null, ChannelChat);
                    post.SenderChat = post.Chat;
                    return (new Update { ChannelPost = WithText(post, text) }, "channel post " + text, false);
                case 2:
                    var edited = Message(null, ChannelChat);
                    edited.SenderChat = edited.Chat;
                    return (new Update { EditedChannelPost = WithText(edited, text) }, "edited channel post " + text, false);
                case 3:
                    return (new Update { Message = WithText(Message(user, random.Next(2) == 0 ? Group : Supergroup), text) }, "group text " + text, false);
                case 4:
                    var joined = Message(user, Group);
                    joined.NewChatMembers = [new User { Id = telegram.BotId, IsBot = true, FirstName = "bot" }];
                    return (new Update { Message = joined }, "added to a group", false);
                case 5:
                    return (new Update { MyChatMember = Member(user, user, blocked: random.Next(2) == 0) }, "my_chat_member", false);
                case 6:
                    return (new Update { ChatMember = Member(user, Supergroup, blocked: false) }, "chat_member", false);
                case 7:
                    return (new Update { InlineQuery = new InlineQuery { Id = "q" + user.ToString(CultureInfo.InvariantCulture), From = User(user), Query = text, Offset = "" } }, "inline query " + text, false);
                case 8:
                    return (new Update { ChosenInlineResult = new ChosenInlineResult { ResultId = "r", From = User(user), Query = text } }, "chosen inline result", false);
                case 9:
                    return (new Update { ChatJoinRequest = new ChatJoinRequest { Chat = Chat(Supergroup), From = User(user), UserChatId = user, Date = DateTime.UtcNow } }, "join request", false);
                case 10:
                    return (new Update { PollAnswer = new PollAnswer { PollId = "p", User = User(user), OptionIds = [0] } }, "poll answer", false);
                case 11:
                    return (new Update { PreCheckoutQuery = new PreCheckoutQuery { Id = "c", From = User(user), Currency = "VND", TotalAmount = 1, InvoicePayload = text } }, "pre-checkout query", false);
                case 12:
                    var fromless = Message(null, user);
                    return (new Update { Message = WithText(fromless, text) }, "private text without a sender " + text, false);
                default:
                    return (new Update { MessageReaction = new MessageReactionUpdated { Chat = Chat(user), MessageId = Pick(world.BotMessages), User = User(user), Date = DateTime.UtcNow, OldReaction = [], NewReaction = [new ReactionTypeEmoji { Emoji = "👍" }] } }, "reaction", false);
            }
        }

        private string CallbackData()
        {
            var data = random.Next(10) switch
            {
                < 3 => Pick(world.Buttons),
                < 7 => Mutate(Pick(world.Buttons)),
                < 9 => Shaped(),
                _ => Garbage(random.Next(1, 65)),
            };

            // Telegram carries at most 64 bytes of callback data.
            while (Encoding.UTF8.GetByteCount(data) > 64)
            {
                data = data[..^1];
            }

            return data;
        }

        /// <summary>Another id, version or action in a real button's data; or the data cut short or padded.</summary>
        private string Mutate(string data)
        {
            var parts = data.Split(':');
            var at = random.Next(parts.Length);
            switch (random.Next(6))
            {
                case 0:
                    parts[at] = Id();
                    break;
                case 1:
                    parts[at] = Pick(ActionCodes) + (random.Next(3) == 0 ? "-" + Pick(["1", "2", "3", "x", ""]) : "");
                    break;
                case 2:
                    return data[..random.Next(data.Length + 1)];
                case 3:
                    return data + Pick([":", "::", ":" + Id(), Garbage(random.Next(1, 40)), ":skip", ":y", ":n"]);
                case 4:
                    parts[at] = Pick(Marks) + parts[at] + Pick(Marks);
                    break;
                default:
                    parts[at] = Pick(["", " ", "-1", "0", "+1", "1.0", "1e3", "٣", "１", "99999999999999999999", long.MinValue.ToString(CultureInfo.InvariantCulture)]);
                    break;
            }

            return string.Join(':', parts);
        }

        /// <summary>The shapes of the router's buttons with ids of the world or none.</summary>
        private string Shaped() => random.Next(16) switch
        {
            0 => $"d:{Id()}:{Pick(ActionCodes)}:{Id()}",
            1 => $"d:{Id()}:np-{Pick(["1", "2", "3"])}:{Id()}",
            2 => $"rc:{Pick(["p", "c", "ok", "e", "zns", "r", "x", "y", "n", "pay", "b"])}:{Pick(["1", "2", "3", "0", "c", "d", "f", "p", "n", "ph", Id()])}",
            3 => $"hs:{Pick([.. world.Tails, .. world.Codes, Id()])}",
            4 => $"cf:{Pick(["y", "n", "x"])}:{Pick([Id(), Guid.NewGuid().ToString("N"), ""])}",
            5 => $"x30:{Pick(["y", "n"])}:{Pick(["20261124", "20261125", "20260230", "99999999", "0"])}",
            6 => $"sat:{Pick(["y", "n", "s", "g"])}:{Pick(["20261128", "20261124", Id()])}:{Pick(["20261128", Id()])}",
            7 => $"lang:{Pick(["vi", "en", "fr", "", "VI", "en-US"])}",
            8 => $"rt:{Id()}:{Pick(["l1", "l2", "l3", "l0", "l9", "hy", "hn", "skip"])}",
            9 => $"pa:{Pick(["k", "o", "skip", "a", "i", "r"])}:{Pick(["1", "2", "5", "9", "y", "n", Id()])}",
            10 => $"pk:{Id()}:{Pick(["y", "n", "x"])}",
            11 => $"bc:{Id()}{Pick(["", ":skip", ":x"])}",
            12 => $"uf:{Id()}",
            13 => $"fw:{Pick([.. world.Tokens.Select(Spoil), Garbage(12), ""])}",
            14 => $"m:{Pick(Commands)}",
            _ => Pick([":", "::", "m", "d", "rc", "cf", "hs", "x30", "sat", "lang", "rt", "pa", "pk", "bc", "uf", "fw", "zz:1", " d:1"]),
        };

        private string Text(bool staff)
        {
            var text = random.Next(13) switch
            {
                0 => Garbage(random.Next(1, 40)),
                1 => string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pick(Marks))) + Pick(Phrases),
                2 => Long(),
                3 => Pick(Injections),
                4 => $"/{Pick(Commands)}{Pick(["", "@onestop_test_bot", "@other_bot", "@"])} {Argument()}",
                5 => $"/{Pick(Commands).ToUpperInvariant()}{Pick(Marks)} {Argument()}",
                6 => $"{Pick([.. world.Tails, .. world.Codes, "261124-0000", "000000-0000"])} {Pick(Phrases)} {Argument()}",
                7 => $"/start {Pick(["f_", "i_", ""])}{Pick([.. world.Tokens.Select(Spoil), .. world.Invites.Select(Spoil), Garbage(20), Long()])}",
                8 => $"/{Pick(["tracuu", "theodoi"])} {Pick([.. world.Tails, .. world.Codes])} {WrongPhone()}",
                9 => $"/phananh {Pick([.. world.Complaints, "PA-261124-999", Garbage(10)])}",
                10 => Pick(Phrases) + Pick(Marks) + " " + Argument(),
                11 => Mix(Pick(Phrases)),
                _ => string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick([.. Injections, .. Marks, .. Phrases]) + " ")),
            };
            return staff && random.Next(4) == 0 ? Pick(world.Tails) + " " + text : text;
        }

        private string Argument() => random.Next(8) switch
        {
            0 => "",
            1 => Pick(Injections),
            2 => Garbage(random.Next(1, 30)),
            3 => Pick(["-1", "0", "99999999999999999999", "31/02/2026", "29/02/2027 25:61", "01/01/0001", "31/12/9999", "15 31/12/9999 23:59", "1e9", "homnay", "tuan", "thang", "chiendich", "2026-13", "canbo", "lanhdao", "huy 30/02/2026", "giao 00/00/0000"]),
            4 => Long(),
            5 => Pick([.. world.Tails, .. world.Codes, .. world.Complaints]) + " " + WrongPhone(),
            6 => Id(),
            _ => Mix(Pick(Phrases)),
        };

        private string Long()
        {
            var length = Pick([4_095, 4_096, 4_097, 5_000, 10_000]);
            var unit = Pick(["a", "Ạ", "😀", "\u200F", "'", "<b>", "0", " "]);
            var text = new StringBuilder(length + 8);
            while (text.Length < length)
            {
                text.Append(unit);
            }

            return text.ToString(0, length);
        }

        /// <summary>
        /// A phone that is not the applicant's, however read: the world's dossiers are all 0912345678's, and the last four
        /// digits given rightly are a citizen's legitimate way to follow.
        /// </summary>
        private string WrongPhone() => random.Next(4) switch
        {
            0 => random.Next(0, 10_000).ToString("0000", CultureInfo.InvariantCulture) is var tail && tail != "5678" ? tail : "5679",
            1 => "0912345679",
            2 => Pick(["", "5679'--", "56 79", "５６７９", "+84912345670", "0", new string('5', 40)]),
            _ => Garbage(random.Next(1, 12)),
        };

        private string Id() => random.Next(5) switch
        {
            < 3 => Pick(world.Ids).ToString(CultureInfo.InvariantCulture),
            3 => random.Next(-3, 300).ToString(CultureInfo.InvariantCulture),
            _ => Pick([int.MaxValue, long.MaxValue, -1L, 0L, BotUnderTest.Officer, BotUnderTest.Leader, Owner]).ToString(CultureInfo.InvariantCulture),
        };

        /// <summary>
        /// A capability (follow token, invitation code) with one character changed, cut, or padded: never the real one,
        /// nor one that trims to it (whoever holds the real one may follow or join).
        /// </summary>
        private string Spoil(string token)
        {
            if (token.Length == 0)
            {
                return "x";
            }

            var at = random.Next(token.Length);
            return random.Next(3) switch
            {
                0 => token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..],
                1 => token[..at],
                _ => token + Pick(["x", "'", "\u200B", "_"]),
            };
        }

        private string Mix(string phrase) =>
            string.Concat(phrase.Select(c => random.Next(4) switch { 0 => char.ToUpperInvariant(c).ToString(), 1 => c + Pick(Marks), _ => c.ToString() }));

        private string Garbage(int length)
        {
            var text = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                text.Append(random.Next(6) switch
                {
                    0 => (char)random.Next(0, 32),
                    1 => (char)random.Next(0x20, 0x7F),
                    2 => (char)random.Next(0x80, 0x2FFF),
                    3 => (char)random.Next(0xE000, 0xFFFE),
                    4 => (char)random.Next(0x0590, 0x06FF),
                    _ => (char)random.Next(0x1EA0, 0x1EFF),
                });
            }

            return text.ToString();
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private void Count(string kind) => kinds[kind] = kinds.GetValueOrDefault(kind) + 1;

        private Message Message(long? from, long chat) => new()
        {
            Id = ++nextMessage,
            From = from is { } id ? User(id) : null,
            Chat = Chat(chat),
            Date = DateTime.UtcNow,
        };

        private Message BotMessage(long chat)
        {
            var message = Message(telegram.BotId, chat);
            message.From!.IsBot = true;
            message.Text = Pick(world.Cards);
            return message;
        }

        private static Message WithText(Message message, string text)
        {
            message.Text = text;
            return message;
        }

        private ChatMemberUpdated Member(long user, long chat, bool blocked) => new()
        {
            Chat = Chat(chat),
            From = User(user),
            Date = DateTime.UtcNow,
            OldChatMember = new ChatMemberMember { User = User(telegram.BotId) },
            NewChatMember = blocked ? new ChatMemberBanned { User = User(telegram.BotId) } : new ChatMemberMember { User = User(telegram.BotId) },
        };

        private User User(long id) => new()
        {
            Id = id,
            // Telegram allows 64 characters to each name; counted in characters, 64 emoji are 128 UTF-16 units.
            FirstName = random.Next(5) == 0 ? Pick([.. Injections, .. Marks, Garbage(10), new string('Ạ', 64), string.Concat(Enumerable.Repeat("😀", 64))]) : "Bình",
            LastName = random.Next(8) == 0 ? Pick([.. Marks, string.Concat(Enumerable.Repeat("👍🏽", 32))]) : null,
            LanguageCode = Pick(["vi", "en", null, "", "zz", "fa"]),
        };

        private static Chat Chat(long id) => new()
        {
            Id = id,
            Type = id > 0 ? ChatType.Private : id == ChannelChat ? ChatType.Channel : id < -1_000_000_000_000 || id.ToString(CultureInfo.InvariantCulture).StartsWith("-100", StringComparison.Ordinal) ? ChatType.Supergroup : ChatType.Group,
            Title = id > 0 ? null : "Nhóm",
        };
    }
}
