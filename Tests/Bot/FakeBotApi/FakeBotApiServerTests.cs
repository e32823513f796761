using System.Diagnostics;
using System.Net;
using System.Text.Json;
using OneStopBot.FakeBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace OneStopBot.Tests.Bot.FakeBotApi;

public sealed class FakeBotApiServerTests : IAsyncLifetime
{
    private const long UserId = 7001;

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };
    private FakeBotApiServer _server = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        _bot = Client();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task GetMe_ReturnsTheTestBot()
    {
        User me = await _bot.GetMe();

        me.IsBot.Should().BeTrue();
        me.Username.Should().Be("onestop_test_bot");
        me.Id.Should().Be(123456);
        _server.BaseUrl.Should().StartWith("http://127.0.0.1:");
    }

    [Fact]
    public async Task SendMessage_WithAnInlineKeyboard_IsRecordedWithItsButtons()
    {
        var keyboard = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData("Có", "yes"), InlineKeyboardButton.WithCallbackData("Không", "no")],
            [InlineKeyboardButton.WithUrl("Cổng dịch vụ", "https://example.org")],
        ]);

        Message answer = await _bot.SendMessage(UserId, "<b>Xác nhận?</b>", parseMode: ParseMode.Html, replyMarkup: keyboard);

        answer.Chat.Id.Should().Be(UserId);
        answer.From!.Username.Should().Be("onestop_test_bot");
        answer.Text.Should().Be("<b>Xác nhận?</b>");
        answer.ReplyMarkup!.InlineKeyboard.Should().HaveCount(2);
        SentMessage sent = _server.SentTo(UserId).Should().ContainSingle().Subject;
        sent.Method.Should().Be("sendMessage");
        sent.MessageId.Should().Be(answer.Id);
        sent.ParseMode.Should().Be(ParseMode.Html);
        sent.Buttons.Should().BeEquivalentTo(new[]
        {
            new[] { new SentButton("Có", "yes"), new SentButton("Không", "no") },
            new[] { new SentButton("Cổng dịch vụ", null, "https://example.org") },
        }, options => options.WithStrictOrdering());
        _server.AllSent.Should().ContainSingle();
    }

    [Fact]
    public async Task MessageIds_IncreaseAcrossTheServer()
    {
        Message first = await _bot.SendMessage(UserId, "one");
        long updateId = _server.SendText(UserId, "two");
        Message third = await _bot.SendMessage(UserId + 1, "three");

        Update[] updates = await _bot.GetUpdates();

        updates.Should().ContainSingle().Which.Id.Should().Be((int)updateId);
        updates[0].Message!.Id.Should().BeGreaterThan(first.Id).And.BeLessThan(third.Id);
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsAnInjectedTextAndTheNextOffsetConfirmsIt()
    {
        var clock = Stopwatch.StartNew();
        Task<Update[]> poll = _bot.GetUpdates(timeout: 10);
        await Task.Delay(200);
        poll.IsCompleted.Should().BeFalse("nothing was queued yet");

        long updateId = _server.SendText(UserId, "/start dossier_42", firstName: "Lan");
        Update[] updates = await poll;

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "a long poll returns as soon as an update arrives");
        Update update = updates.Should().ContainSingle().Subject;
        update.Id.Should().Be((int)updateId);
        update.Message!.Text.Should().Be("/start dossier_42");
        update.Message.From!.Id.Should().Be(UserId);
        update.Message.From.FirstName.Should().Be("Lan");
        update.Message.Chat.Id.Should().Be(UserId);
        update.Message.Chat.Type.Should().Be(ChatType.Private);
        update.Message.Entities.Should().ContainSingle(e => e.Type == MessageEntityType.BotCommand && e.Length == 6);

        (await _bot.GetUpdates()).Should().ContainSingle("an update stays until an offset confirms it");
        (await _bot.GetUpdates(offset: update.Id + 1)).Should().BeEmpty();
        _server.UnconfirmedUpdates.Should().Be(0);
        await _server.WaitUntilIdleAsync(TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task GetUpdates_WithNothingQueued_WaitsAboutTheTimeoutAndReturnsEmpty()
    {
        var clock = Stopwatch.StartNew();

        Update[] updates = await _bot.GetUpdates(timeout: 1);

        updates.Should().BeEmpty();
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(500)).And.BeLessThan(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task GetUpdates_WithANegativeOffset_KeepsOnlyTheLatestUpdates()
    {
        _server.SendText(UserId, "old");
        _server.SendText(UserId, "older than the last");
        long last = _server.SendText(UserId, "last");

        Update[] updates = await _bot.GetUpdates(offset: -1);

        updates.Should().ContainSingle().Which.Id.Should().Be((int)last);
        (await _bot.GetUpdates(offset: (int)last + 1)).Should().BeEmpty();
        _server.UnconfirmedUpdates.Should().Be(0);
    }

    [Fact]
    public async Task GetUpdates_HonoursLimit()
    {
        long first = _server.SendText(UserId, "a");
        _server.SendText(UserId, "b");
        _server.SendText(UserId, "c");

        Update[] updates = await _bot.GetUpdates(limit: 2);

        updates.Select(u => u.Message!.Text).Should().Equal("a", "b");
        (await _bot.GetUpdates(offset: (int)first + 2)).Select(u => u.Message!.Text).Should().Equal("c");
    }

    [Fact]
    public async Task AReply_CarriesReplyToMessageWithTheBotsTextAndKeyboard()
    {
        Message question = await _bot.SendMessage(UserId, "Số hồ sơ của bạn là gì?",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Huỷ", "cancel")));

        _server.SendText(UserId, "HS-2024-001", replyToMessageId: question.Id);
        Update update = (await _bot.GetUpdates()).Should().ContainSingle().Subject;

        Message reply = update.Message!.ReplyToMessage!;
        reply.Id.Should().Be(question.Id);
        reply.Text.Should().Be("Số hồ sơ của bạn là gì?");
        reply.From!.IsBot.Should().BeTrue();
        reply.ReplyMarkup!.InlineKeyboard.SelectMany(row => row).Should().ContainSingle(b => b.CallbackData == "cancel");
    }

    [Fact]
    public async Task PressButton_ProducesACallbackQueryWithTheBotsMessage()
    {
        Message menu = await _bot.SendMessage(UserId, "Chọn thủ tục",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Khai sinh", "proc:birth")));

        long updateId = _server.PressButton(UserId, menu.Id, "proc:birth");
        Update update = (await _bot.GetUpdates()).Should().ContainSingle().Subject;
        await _bot.AnswerCallbackQuery(update.CallbackQuery!.Id, "Đã chọn");

        update.Id.Should().Be((int)updateId);
        update.Type.Should().Be(UpdateType.CallbackQuery);
        update.CallbackQuery.Data.Should().Be("proc:birth");
        update.CallbackQuery.From.Id.Should().Be(UserId);
        update.CallbackQuery.Message!.Id.Should().Be(menu.Id);
        update.CallbackQuery.Message.Text.Should().Be("Chọn thủ tục");
        _server.CallbackAnswers.Should().Be(1);
        _server.AnsweredCallbacks.Should().ContainSingle().Which.Text.Should().Be("Đã chọn");
    }

    [Fact]
    public async Task PressButton_OnAMessageTheBotDidNotSend_Throws()
    {
        _server.SendText(UserId, "hello");
        int usersMessageId = (await _bot.GetUpdates()).Single().Message!.Id;

        Action press = () => _server.PressButton(UserId, usersMessageId, "x");

        press.Should().Throw<ArgumentException>().WithMessage($"Message {usersMessageId} was not sent by the bot*");
    }

    [Fact]
    public async Task SendContact_ProducesAMessageWithTheUsersOwnContact()
    {
        _server.SendContact(UserId, "+84901234567");

        Message message = (await _bot.GetUpdates()).Should().ContainSingle().Subject.Message!;

        message.Contact!.PhoneNumber.Should().Be("+84901234567");
        message.Contact.UserId.Should().Be(UserId);
    }

    [Fact]
    public async Task SendPhoto_AsMultipart_RecordsTheBytesAndFileName()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        using var stream = new MemoryStream(png);

        Message answer = await _bot.SendPhoto(UserId, InputFile.FromStream(stream, "qr.png"), caption: "Mã QR hồ sơ",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("OK", "ok")));

        answer.Photo.Should().NotBeEmpty();
        answer.Caption.Should().Be("Mã QR hồ sơ");
        SentMessage sent = _server.SentTo(UserId).Should().ContainSingle().Subject;
        sent.Method.Should().Be("sendPhoto");
        sent.FileBytes.Should().Equal(png);
        sent.FileName.Should().Be("qr.png");
        sent.Caption.Should().Be("Mã QR hồ sơ");
        sent.Buttons.Should().ContainSingle().Which.Should().ContainSingle().Which.CallbackData.Should().Be("ok");
    }

    [Fact]
    public async Task SendDocument_ByFileId_RecordsTheReference()
    {
        Message answer = await _bot.SendDocument(UserId, InputFile.FromFileId("BQACAgIAAx0"), caption: "Biểu mẫu");

        answer.Document!.FileId.Should().Be("BQACAgIAAx0");
        SentMessage sent = _server.SentTo(UserId).Should().ContainSingle().Subject;
        sent.FileReference.Should().Be("BQACAgIAAx0");
        sent.FileBytes.Should().BeNull();
    }

    [Fact]
    public async Task EditMessageText_IsRecordedAndAnUnchangedEditIsRefused()
    {
        Message menu = await _bot.SendMessage(UserId, "Đang xử lý",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Huỷ", "cancel")));

        Message edited = await _bot.EditMessageText(UserId, menu.Id, "Đã xong");
        Func<Task> again = () => _bot.EditMessageText(UserId, menu.Id, "Đã xong");

        edited.Text.Should().Be("Đã xong");
        edited.ReplyMarkup.Should().BeNull();
        (await again.Should().ThrowAsync<ApiRequestException>()).Which.Message.Should().Contain("message is not modified");
        _server.SentTo(UserId).Select(m => (m.Method, m.MessageId, m.Text)).Should().Equal(
            ("sendMessage", menu.Id, "Đang xử lý"), ("editMessageText", menu.Id, "Đã xong"));
    }

    [Fact]
    public async Task EditMessageReplyMarkup_ReplacesTheKeyboardThatALaterButtonPressShows()
    {
        Message menu = await _bot.SendMessage(UserId, "Chọn",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("A", "a")));

        await _bot.EditMessageReplyMarkup(UserId, menu.Id, new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("B", "b")));
        _server.PressButton(UserId, menu.Id, "b");
        Update update = (await _bot.GetUpdates()).Should().ContainSingle().Subject;

        update.CallbackQuery!.Message!.ReplyMarkup!.InlineKeyboard.SelectMany(r => r).Single().CallbackData.Should().Be("b");
        _server.SentTo(UserId)[^1].Method.Should().Be("editMessageReplyMarkup");
    }

    [Fact]
    public async Task FailNext_429_IsRetriedByTheClientAfterRetryAfter()
    {
        TelegramBotClient bot = Client(options => { options.RetryThreshold = 5; options.RetryCount = 3; });
        _server.FailNext(UserId, 429, retryAfterSeconds: 1);
        var clock = Stopwatch.StartNew();

        Message answer = await bot.SendMessage(UserId, "Xin chào");

        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9));
        _server.SentTo(UserId).Should().ContainSingle().Which.MessageId.Should().Be(answer.Id);
        FailedAttempt failed = _server.FailedAttempts.Should().ContainSingle().Subject;
        failed.StatusCode.Should().Be(429);
        failed.Text.Should().Be("Xin chào");
    }

    [Fact]
    public async Task FailNext_429_WithoutClientRetries_SurfacesApiRequestExceptionWithRetryAfter()
    {
        TelegramBotClient bot = Client(options => options.RetryCount = 1);
        _server.FailNext(UserId, 429, retryAfterSeconds: 1);

        Func<Task> send = () => bot.SendMessage(UserId, "Xin chào");

        ApiRequestException error = (await send.Should().ThrowAsync<ApiRequestException>()).Which;
        error.ErrorCode.Should().Be(429);
        error.Parameters!.RetryAfter.Should().Be(1);
        _server.SentTo(UserId).Should().BeEmpty();
    }

    [Fact]
    public async Task FailNext_403_SurfacesApiRequestExceptionAndOnlyTheNextSendFails()
    {
        _server.FailNext(UserId, 403);

        Func<Task> send = () => _bot.SendMessage(UserId, "Nhắc lịch hẹn");

        ApiRequestException error = (await send.Should().ThrowAsync<ApiRequestException>()).Which;
        error.ErrorCode.Should().Be(403);
        error.Message.Should().Be("Forbidden: bot was blocked by the user");
        _server.SentTo(UserId).Should().BeEmpty();
        await _bot.SendMessage(UserId, "Nhắc lịch hẹn");
        _server.SentTo(UserId).Should().ContainSingle();
        _server.FailedAttempts.Should().ContainSingle().Which.StatusCode.Should().Be(403);
    }

    [Fact]
    public async Task FailNext_500_Twice_FailsTwoSendsToThatChatOnly()
    {
        _server.FailNext(UserId, 500, times: 2);

        await _bot.SendMessage(UserId + 1, "other chat");
        Func<Task> send = () => _bot.SendMessage(UserId, "x");
        (await send.Should().ThrowAsync<ApiRequestException>()).Which.ErrorCode.Should().Be(500);
        await send.Should().ThrowAsync<ApiRequestException>();
        await send.Should().NotThrowAsync();

        _server.FailedAttempts.Should().HaveCount(2);
    }

    [Fact]
    public async Task Redeliver_YieldsTheSameUpdateIdAgain()
    {
        long updateId = _server.SendText(UserId, "Tra cứu HS-1");
        Update first = (await _bot.GetUpdates()).Should().ContainSingle().Subject;
        (await _bot.GetUpdates(offset: first.Id + 1)).Should().BeEmpty();

        _server.Redeliver(updateId);
        Update[] again = await _bot.GetUpdates(offset: first.Id + 1, timeout: 2);

        again.Should().ContainSingle().Which.Id.Should().Be((int)updateId);
        again[0].Message!.Text.Should().Be("Tra cứu HS-1");
        (await _bot.GetUpdates(offset: first.Id + 1)).Should().BeEmpty("the redelivered update is confirmed like any other");
    }

    [Fact]
    public async Task AWrongToken_IsRefusedWith401()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var stranger = new TelegramBotClient(new TelegramBotClientOptions("999:WRONG", _server.BaseUrl), http);

        Func<Task> getMe = () => stranger.GetMe();

        (await getMe.Should().ThrowAsync<ApiRequestException>()).Which.ErrorCode.Should().Be(401);
    }

    [Fact]
    public async Task AnUnknownMethod_IsRefusedWith404()
    {
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await _http.PostAsync(
            new Uri($"{_server.BaseUrl}/bot{_server.Token}/sendDice"), content);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("ok").GetBoolean().Should().BeFalse();
        body.RootElement.GetProperty("error_code").GetInt32().Should().Be(404);
    }

    [Fact]
    public async Task CallbackDataLongerThan64Bytes_IsRefusedLikeTelegramDoes()
    {
        // 22 Vietnamese letters of 3 bytes each: 22 characters, 66 bytes.
        string data = new('ễ', 22);

        Func<Task> send = () => _bot.SendMessage(UserId, "x",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("x", data)));

        (await send.Should().ThrowAsync<ApiRequestException>()).Which.Message.Should().Contain("BUTTON_DATA_INVALID");
    }

    [Fact]
    public async Task WebhookCommandsAndChatActions_AreRecorded()
    {
        await _bot.SetWebhook("https://bot.example.org/hook", secretToken: "s3cret");
        string? webhook = _server.WebhookUrl;
        await _bot.DeleteWebhook(dropPendingUpdates: true);
        await _bot.SetMyCommands([new BotCommand("start", "Bắt đầu"), new BotCommand("help", "Trợ giúp")]);
        await _bot.SendChatAction(UserId, ChatAction.Typing);

        webhook.Should().Be("https://bot.example.org/hook");
        _server.WebhookUrl.Should().BeNull();
        _server.MyCommands.Select(c => c.Command).Should().Equal("start", "help");
        _server.ChatActions.Should().Be(1);
        _server.SentTo(UserId).Should().BeEmpty();
    }

    [Fact]
    public async Task WaitForMessagesAsync_ReturnsOnceEnoughArrive_AndTimesOutWithADumpOfWhatWasSent()
    {
        Task<IReadOnlyList<SentMessage>> two = _server.WaitForMessagesAsync(UserId, 2);
        await _bot.SendMessage(UserId, "Bước 1");
        two.IsCompleted.Should().BeFalse();
        await _bot.SendMessage(UserId, "Bước 2");
        (await two).Select(m => m.Text).Should().Equal("Bước 1", "Bước 2");

        Func<Task> three = () => _server.WaitForMessagesAsync(UserId, 3, TimeSpan.FromMilliseconds(200));

        (await three.Should().ThrowAsync<TimeoutException>()).Which.Message
            .Should().Contain($"chat {UserId}").And.Contain("it got 2").And.Contain("\"Bước 2\"");
    }

    [Fact]
    public async Task TheRealReceiver_AnswersManyChatsConcurrently_AndOnSentSeesEveryReply()
    {
        const int chats = 50;
        const int perChat = 20;
        int seen = 0;
        _server.OnSent = _ => Interlocked.Increment(ref seen);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var bot = new TelegramBotClient(new TelegramBotClientOptions(_server.Token, _server.BaseUrl), http);
        var errors = new List<Exception>();
        using var stop = new CancellationTokenSource();
        Task receiving = bot.ReceiveAsync(
            (client, update, ct) => client.SendMessage(update.Message!.Chat.Id, "echo " + update.Message.Text, cancellationToken: ct),
            (_, error, _) => { lock (errors) { errors.Add(error); } return Task.CompletedTask; },
            cancellationToken: stop.Token);

        Parallel.For(0, chats, chat =>
        {
            for (int i = 0; i < perChat; i++)
            {
                _server.SendText(10_000 + chat, $"m{i}");
            }
        });
        IReadOnlyList<SentMessage>[] replies = await Task.WhenAll(
            Enumerable.Range(0, chats).Select(chat => _server.WaitForMessagesAsync(10_000 + chat, perChat)));
        await _server.WaitUntilIdleAsync(TimeSpan.FromMilliseconds(100));
        await stop.CancelAsync();
        await receiving;

        replies.Should().AllSatisfy(chat => chat.Select(m => m.Text).Should().Equal(
            Enumerable.Range(0, perChat).Select(i => $"echo m{i}")));
        seen.Should().Be(chats * perChat);
        _server.AllSent.Should().HaveCount(chats * perChat);
        _server.AllSent.Select(m => m.MessageId).Should().OnlyHaveUniqueItems();
        errors.Should().BeEmpty();
    }

    [Fact]
    public async Task WithoutHistory_SendsAreSeenOnlyThroughOnSent()
    {
        _server.KeepHistory = false;
        var seen = new List<string?>();
        _server.OnSent = sent => seen.Add(sent.Text);

        Message answer = await _bot.SendMessage(UserId, "one");
        _server.SendText(UserId, "a user's message");

        answer.Text.Should().Be("one");
        seen.Should().Equal("one");
        _server.SentTo(UserId).Should().BeEmpty();
        _server.AllSent.Should().BeEmpty();
        FluentActions.Invoking(() => _server.PressButton(UserId, answer.Id, "x")).Should().Throw<ArgumentException>("nothing is kept to press a button on");
    }

    [Fact]
    public async Task Disposing_EndsAWaitingLongPollPromptly()
    {
        FakeBotApiServer server = await FakeBotApiServer.StartAsync();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(server.Token, server.BaseUrl), _http);
        Task<Update[]> poll = bot.GetUpdates(timeout: 10);
        await Task.Delay(200);
        var clock = Stopwatch.StartNew();

        await server.DisposeAsync();

        (await poll).Should().BeEmpty();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Flood_ASecondMessageToAChatWithinItsSpacing_IsAnswered429WithRetryAfter_AndAnotherChatIsNot()
    {
        _server.Flood = FloodLimits.Telegram with { ChatSpacing = TimeSpan.FromMinutes(1) };
        TelegramBotClient bot = Client(options => options.RetryCount = 1);
        await bot.SendMessage(UserId, "một");

        Func<Task> again = () => bot.SendMessage(UserId, "hai");

        ApiRequestException error = (await again.Should().ThrowAsync<ApiRequestException>()).Which;
        error.ErrorCode.Should().Be(429);
        error.Parameters!.RetryAfter.Should().BeInRange(59, 60);
        await bot.SendMessage(UserId + 1, "ba");
        _server.TooManyRequestsAnswers.Should().Be(1);
        _server.FailedAttempts.Should().ContainSingle().Which.Should().Match<FailedAttempt>(f => f.Method == "sendMessage" && f.ChatId == UserId && f.Text == "hai");
        _server.SentTo(UserId).Select(m => m.Text).Should().Equal("một");
    }

    [Fact]
    public async Task Flood_MessagesBeyondTheOverallLimit_AreAnswered429_ThoseBeforeItAreNot()
    {
        _server.Flood = FloodLimits.Telegram with { Overall = 3, OverallWindow = TimeSpan.FromMinutes(1) };
        TelegramBotClient bot = Client(options => options.RetryCount = 1);
        for (var chat = 1; chat <= 3; chat++)
        {
            await bot.SendMessage(chat, "tin");
        }

        Func<Task> fourth = () => bot.SendPhoto(4, InputFile.FromStream(new MemoryStream([1, 2, 3]), "a.png"), caption: "biểu đồ");

        (await fourth.Should().ThrowAsync<ApiRequestException>()).Which.ErrorCode.Should().Be(429);
        _server.FailedAttempts.Should().ContainSingle().Which.Method.Should().Be("sendPhoto");
        await bot.AnswerCallbackQuery("1");
        await bot.GetMe();
    }

    [Fact]
    public async Task Flood_AGroupGetsItsLimitInItsWindow_APrivateChatIsNotCountedAsOne()
    {
        _server.Flood = FloodLimits.Telegram with { ChatSpacing = TimeSpan.Zero, PerGroup = 2 };
        TelegramBotClient bot = Client(options => options.RetryCount = 1);
        const long group = -1001234567890;
        await bot.SendMessage(group, "một");
        await bot.SendMessage(group, "hai");
        await bot.SendMessage(UserId, "một");
        await bot.SendMessage(UserId, "hai");
        await bot.SendMessage(UserId, "ba");

        Func<Task> third = () => bot.SendMessage(group, "ba");

        (await third.Should().ThrowAsync<ApiRequestException>()).Which.Parameters!.RetryAfter.Should().BeInRange(59, 60);
    }

    [Fact]
    public async Task ResponseDelay_EveryCallIsAnsweredNoSoonerThanTheDelay()
    {
        _server.ResponseDelay = TimeSpan.FromMilliseconds(150);
        var clock = Stopwatch.StartNew();

        await _bot.SendMessage(UserId, "Xin chào");

        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(150));
        _server.SentTo(UserId).Should().ContainSingle();
    }

    private TelegramBotClient Client(Action<TelegramBotClientOptions>? configure = null)
    {
        var options = new TelegramBotClientOptions(_server.Token, _server.BaseUrl);
        configure?.Invoke(options);
        return new TelegramBotClient(options, _http);
    }
}
