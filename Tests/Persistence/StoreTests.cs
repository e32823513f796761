using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.Procedures;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Persistence;

public sealed class StoreTests
{
    [Fact]
    public async Task Migrations_BuildAnEmptyDatabase_WithEveryTable()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using var db = database.NewContext();

        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().NotBeEmpty();
        (await db.Dossiers.CountAsync()).Should().Be(0);
        (await db.Outbox.CountAsync()).Should().Be(0);
        (await db.People.CountAsync()).Should().Be(0);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Should().Equal("wal");
        }
    }

    [Fact]
    public async Task EveryConnection_CommitsDurably_AndKeepsTheLogBounded()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false, provider: DatabaseProvider.Sqlite);
        await using var services = database.Services();
        for (var use = 0; use < 2; use++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            await SqliteDurability.UseWriteAheadLogAsync(db, CancellationToken.None);
            (await db.Database.SqlQueryRaw<long>("PRAGMA synchronous").ToListAsync()).Should().Equal([2L], "2 is FULL");
            (await db.Database.SqlQueryRaw<long>("PRAGMA journal_size_limit").ToListAsync()).Should().Equal([SqliteDurability.JournalSizeLimitBytes]);
            (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Should().Equal("wal");
        }
    }

    [Fact]
    public async Task AUniqueClash_IsToldByTheProvidersErrorCode_AndOtherFailuresAreNot()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false);
        await using (var db = database.NewContext())
        {
            db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = OneStopBot.Domain.People.ChannelKind.Telegram, UpdateId = 7, AtUtc = A.At(2026, 11, 24).Utc });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            db.ProcessedUpdates.Add(new ProcessedUpdate { Channel = OneStopBot.Domain.People.ChannelKind.Telegram, UpdateId = 7, AtUtc = A.At(2026, 11, 25).Utc });
            var repeat = await FluentActions.Awaiting(() => db.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>();
            StoreErrors.IsUniqueViolation(repeat.Which).Should().BeTrue();
        }

        await using (var db = database.NewContext())
        {
            db.Outbox.Add(new OutboxMessage { ChatId = 1, Text = null!, CreatedAtUtc = A.At(2026, 11, 25).Utc, NextAttemptAtUtc = A.At(2026, 11, 25).Utc });
            var missing = await FluentActions.Awaiting(() => db.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>();
            StoreErrors.IsUniqueViolation(missing.Which).Should().BeFalse("a missing value is not a repeat");
        }
    }

    [Fact]
    public async Task AfterTheUpgrade_ComplaintNumbersGoOnFromTheHighestGivenThatDay()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false, provider: DatabaseProvider.Sqlite);
        await using (var db = database.NewContext())
        {
            // The database as it was: complaints numbered by counting, no "PA" series yet.
            await db.GetService<IMigrator>().MigrateAsync("DropTheInbox");
            // Rows written as that schema had them: today's model has columns it had not.
            foreach (var code in new[] { "PA-261124-001", "PA-261124-002" })
            {
                await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO Complaints (TrackingCode, Kind, Harassment, Text, Channel, ChatId, Anonymous, State, CreatedAtUtc, ReceivedOn, ReopenCount, Version)
                    VALUES ({code}, 3, 0, 'Hồ sơ của tôi trễ hẹn đã ba ngày.', 1, 5001, 1, 1, '2026-11-24 03:00:00', '2026-11-24', 0, 1)
                    """);
            }

            await db.Database.MigrateAsync();
        }

        await using (var db = database.NewContext())
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            (await DailyNumbers.NextAsync(db, DailyNumbers.Complaints, new DateOnly(2026, 11, 24), CancellationToken.None)).Should().Be(3);
            (await DailyNumbers.NextAsync(db, DailyNumbers.Complaints, new DateOnly(2026, 11, 25), CancellationToken.None)).Should().Be(1);
        }
    }

    [Fact]
    public async Task AfterTheUpgrade_TheNewIndicatorColumnsHoldWhatTheRowsAlreadySaid()
    {
        await using var database = await TestDatabase.CreateAsync(seedProcedures: false, provider: DatabaseProvider.Sqlite);
        await using (var db = database.NewContext())
        {
            // The database as it was before online payment, the payment day and the first deadlines were kept.
            await db.GetService<IMigrator>().MigrateAsync("ReceptionRefusals");
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO Procedures (Id, Name, NameKey, Online, PaperResult, ProcessingAmount, ProcessingUnit, FeeVnd) VALUES
                    (1, 'Chứng thực chữ ký', 'chung thuc chu ky', 2, 1, 3, 1, 10000),
                    (2, 'Đăng ký khai sinh', 'dang ky khai sinh', 1, 1, 0, 0, 0);
                INSERT INTO Dossiers (Id, Code, CodeTail, UnitCode, ReceptionDate, Sequence, ProcedureId, ProcedureName, ProcessingUnit, ProcessingAmount,
                    OnlineLevel, ApplicantName, ApplicantNameKey, ApplicantPhone, Channel, DigitizedAtReception, FeeVnd, Payment, ElectronicResult,
                    PaperResult, State, ReceivedAtUtc, ReceivedById, OriginalDueDate, DueDate, SupplementRequests, ForcedLate, FollowToken, Version) VALUES
                    (1, 'H-261123-0001', '261123-0001', 'H', '2026-11-23', 1, 1, 'Chứng thực chữ ký', 1, 3, 2, 'Bình', 'binh', '0912345678', 1, 1, 10000, 2, 0,
                        1, 4, '2026-11-23 02:00:00', 1, '2026-11-26', '2026-11-26', 0, 0, 'tok-1', 3),
                    (2, 'H-261123-0002', '261123-0002', 'H', '2026-11-23', 2, 1, 'Chứng thực chữ ký', 1, 3, 2, 'An', 'an', '0912345679', 1, 1, 10000, 1, 0,
                        1, 2, '2026-11-23 02:00:00', 1, '2026-11-26', '2026-11-26', 0, 0, 'tok-2', 1);
                INSERT INTO DossierEvents (DossierId, AtUtc, ActorId, ActorName, Action, FromState, ToState, DueDate) VALUES
                    (1, '2026-11-24 20:30:00', 1, 'Lan', 6, 6, 4, '2026-11-26');
                INSERT INTO Complaints (TrackingCode, Kind, Harassment, Text, Channel, ChatId, Anonymous, State, CreatedAtUtc, ReceivedOn, ResolveBy, AnsweredOn, ReopenCount, Version)
                    VALUES ('PA-261102-001', 1, 0, 'Thủ tục rườm rà quá', 1, 5001, 1, 3, '2026-11-02 02:00:00', '2026-11-02', '2026-11-23', '2026-11-10', 0, 2);
                """);
            await db.Database.MigrateAsync();
        }

        await using var read = database.NewContext();
        var procedures = await read.Procedures.OrderBy(p => p.Id).ToListAsync();
        procedures.Select(p => p.OnlinePayment).Should().Equal([true, false], "a fee-bearing online service took online payment under the old rule; a free one takes none");
        var dossiers = await read.Dossiers.OrderBy(d => d.Id).ToListAsync();
        dossiers[0].FeePayableOnline.Should().BeTrue();
        dossiers[0].PaidOn.Should().Be(new DateOnly(2026, 11, 25), "its payment was recorded at 03:30 on 25/11, office time");
        dossiers[1].PaidOn.Should().Be(new DateOnly(2026, 11, 23), "paid at reception");
        var complaint = await read.Complaints.SingleAsync();
        complaint.FirstResolveBy.Should().Be(new DateOnly(2026, 11, 23));
        complaint.FirstAnsweredOn.Should().Be(new DateOnly(2026, 11, 10));
    }

    [Fact]
    public async Task ADossier_RoundTripsWithItsTrackingCard_AndUtcTimes()
    {
        await using var database = await TestDatabase.CreateAsync();
        int id;
        await using (var db = database.NewContext())
        {
            var procedure = await db.Procedures.FirstAsync(p => p.Code == "2.000815");
            var dossier = Dossier.Receive(
                new Reception(procedure, "Nguyễn Thị Ánh", "0912345678", DossierChannel.Online, true, PaymentMethod.Online, 2000),
                "H15.50.05.13", 7, A.At(2026, 11, 27, 15, 30), A.Officer, A.Calendar, "tok-1");
            dossier.Apply(new DossierCommand(DossierAction.Process), A.At(2026, 11, 27, 15, 45), A.Officer, A.Calendar);
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            id = dossier.Id;
        }

        await using (var db = database.NewContext())
        {
            var dossier = await db.Dossiers.Include(d => d.Events).SingleAsync(d => d.Id == id);
            dossier.Code.Should().Be("H15.50.05.13-261127-0007");
            dossier.ApplicantNameKey.Should().Be("nguyen thi anh");
            dossier.DueDate.Should().Be(new DateOnly(2026, 11, 30), "a same-day procedure received after 15:00 is due the next working day");
            dossier.ReceivedAtUtc.Kind.Should().Be(DateTimeKind.Utc);
            dossier.ReceivedAtUtc.Should().Be(new DateTime(2026, 11, 27, 8, 30, 0, DateTimeKind.Utc));
            dossier.Events.Select(e => e.Action).Should().Equal(DossierAction.Accept, DossierAction.Process);
            dossier.Version.Should().Be(2);
        }
    }

    [Fact]
    public async Task TwoOfficersUpdatingOneDossier_OneWins_TheOtherIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await SeedDossierAsync(database);

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var a = await first.Dossiers.Include(d => d.Events).SingleAsync(d => d.Id == id);
        var b = await second.Dossiers.Include(d => d.Events).SingleAsync(d => d.Id == id);

        a.Apply(new DossierCommand(DossierAction.Process), A.At(2026, 11, 24, 9), A.Officer, A.Calendar);
        await first.SaveChangesAsync();
        b.Apply(new DossierCommand(DossierAction.Stop) { Reason = "Sai thẩm quyền" }, A.At(2026, 11, 24, 9, 1), new(2, "Lò Văn Sáng"), A.Calendar);
        var lost = () => second.SaveChangesAsync();

        await lost.Should().ThrowAsync<DbUpdateConcurrencyException>();
        await using var check = database.NewContext();
        var stored = await check.Dossiers.Include(d => d.Events).SingleAsync(d => d.Id == id);
        stored.State.Should().Be(DossierState.Processing);
        stored.Events.Should().HaveCount(2, "the losing change left no line on the tracking card");
    }

    [Fact]
    public async Task DossierCodes_StayUnique_UnderConcurrentReceptions()
    {
        await using var database = await TestDatabase.CreateAsync();
        const int receptions = 24;
        var day = A.At(2026, 11, 27, 9);

        var codes = await Task.WhenAll(Enumerable.Range(0, receptions).Select(i => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            await using var tx = await db.Database.BeginTransactionAsync();
            var procedure = await db.Procedures.FirstAsync();
            var sequence = await DailyNumbers.NextAsync(db, "H15.50.05.13", day.Date, CancellationToken.None);
            var dossier = Dossier.Receive(
                new Reception(procedure, $"Người nộp {i}", "0912345678", DossierChannel.Counter, true, PaymentMethod.None, 0),
                "H15.50.05.13", sequence, day, A.Officer, A.Calendar, $"tok-{i}");
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return dossier.Code;
        })));

        codes.Should().OnlyHaveUniqueItems();
        codes.Order().Should().Equal(Enumerable.Range(1, receptions).Select(n => $"H15.50.05.13-261127-{n:D4}"));
        await using var check = database.NewContext();
        (await check.DailySequences.SingleAsync()).Last.Should().Be(receptions);
    }

    [Fact]
    public async Task TheSequence_StartsAgainEachDay()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        var first = await DailyNumbers.NextAsync(db, "H15", new DateOnly(2026, 11, 26), CancellationToken.None);
        var second = await DailyNumbers.NextAsync(db, "H15", new DateOnly(2026, 11, 26), CancellationToken.None);
        var nextDay = await DailyNumbers.NextAsync(db, "H15", new DateOnly(2026, 11, 27), CancellationToken.None);

        (first, second, nextDay).Should().Be((1, 2, 1));
    }

    private static async Task<int> SeedDossierAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var procedure = await db.Procedures.FirstAsync(p => p.ProcessingUnit == ProcessingUnit.WorkingDays);
        var dossier = Dossier.Receive(
            new Reception(procedure, "Trần Văn Bình", "0912345678", DossierChannel.Counter, true, PaymentMethod.None, 0),
            "H15.50.05.13", 1, A.At(2026, 11, 23, 9), A.Officer, A.Calendar, "tok");
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync();
        return dossier.Id;
    }
}
