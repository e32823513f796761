using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Persistence;

public sealed class InboxRowsTests
{
    private static readonly DateTime At = new(2026, 11, 27, 7, 30, 15, 123, DateTimeKind.Utc);

    [Fact]
    public async Task ABatch_IsStoredValueForValue_WhateverItsTextsHold()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        InboxUpdate[] batch =
        [
            Row(long.MaxValue - 1, chatId: -1_001_234_567_890, "Nguyễn Thị \"Hoa\"", "260101-0001 bổ sung thiếu bản sao CCCD\nvà giấy ủy quyền 😊"),
            Row(2, chatId: 42, "Trần Văn B", text: null),
            Row(3, chatId: 43, "Lê C", "/tracuu 260101-0001 5678"),
        ];
        batch[1].ButtonData = "d:act:17:xu-ly";
        batch[1].ButtonId = "cb-1";
        batch[1].ReplyToText = "Hồ sơ 260101-0001";
        batch[1].ContactPhone = "0912345678";
        batch[1].LanguageCode = "vi";
        batch[2].Channel = ChannelKind.Console;

        await using (var db = database.NewContext())
        {
            await InboxRows.InsertNewAsync(db, batch, CancellationToken.None);
        }

        await using var check = database.NewContext();
        var stored = await check.Inbox.AsNoTracking().OrderBy(u => u.UpdateId).ToListAsync();
        stored.Should().BeEquivalentTo(batch.OrderBy(u => u.UpdateId), o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task ABatchSeenAgain_LeavesTheStoredRowsAsTheyAre_AndAddsTheNewOnes()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using (var db = database.NewContext())
        {
            await InboxRows.InsertNewAsync(db, [Row(1, 10, "A", "first")], CancellationToken.None);
            await InboxRows.InsertNewAsync(db, [Row(1, 10, "A", "changed"), Row(2, 10, "A", "second")], CancellationToken.None);
        }

        await using var check = database.NewContext();
        (await check.Inbox.OrderBy(u => u.UpdateId).Select(u => u.Text).ToListAsync()).Should().Equal("first", "second");
    }

    [Fact]
    public async Task TheTimeIsStoredAsTheSameTextEfWrites()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using (var db = database.NewContext())
        {
            db.Inbox.Add(Row(1, 10, "A", "by EF"));
            await db.SaveChangesAsync();
            await InboxRows.InsertNewAsync(db, [Row(2, 10, "A", "by the batch")], CancellationToken.None);
        }

        await using var check = database.NewContext();
        var texts = await check.Database.SqlQueryRaw<string>("""SELECT "ReceivedAtUtc" AS "Value" FROM "Inbox" ORDER BY "UpdateId" """).ToListAsync();
        texts.Should().HaveCount(2);
        texts[1].Should().Be(texts[0]);
    }

    [Fact]
    public async Task BatchesOfDifferentSizes_OnTheApplicationsPooledContext_AreEachStoredWhole()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using var provider = database.Services();
        long next = 1;
        foreach (var size in new[] { 3, 1, 100, 2 })
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            var batch = Enumerable.Range(0, size).Select(_ => Row(next, 10, "A", $"message {next++}")).ToList();
            await InboxRows.InsertNewAsync(db, batch, CancellationToken.None);
        }

        await using var check = database.NewContext();
        (await check.Inbox.OrderBy(u => u.UpdateId).Select(u => u.Text).ToListAsync())
            .Should().Equal(Enumerable.Range(1, 106).Select(i => $"message {i}"));
    }

    private static InboxUpdate Row(long updateId, long chatId, string name, string? text) => new()
    {
        Channel = ChannelKind.Telegram,
        UpdateId = updateId,
        ChatId = chatId,
        UserId = chatId + 1,
        DisplayName = name,
        Text = text,
        ReceivedAtUtc = At,
    };
}
