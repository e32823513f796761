using Microsoft.Extensions.DependencyInjection;
using OneStopBot.Bot;
using OneStopBot.Domain.Calendar;
using OneStopBot.Persistence;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot;

public sealed class StartupTests
{
    [Fact]
    public async Task AMalformedCalendarOverrideFile_StopsStartUp_NamingTheFileLineAndReason()
    {
        await using var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        var path = Path.Combine(Path.GetTempPath(), $"holidays-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "date,kind,name\n2027-01-01,holiday,Tết Dương lịch\n2027-02-30,holiday,Ngày không có\n");
        try
        {
            await using var app = BotHost.Build([$"--ConnectionStrings:OneStop={database.ConnectionString}", $"--Calendar:OverridesPath={path}", "--urls=http://127.0.0.1:0", "--Telegram:Token="]);

            var start = () => app.StartAsync();

            var failure = (await start.Should().ThrowAsync<CalendarFileException>()).Which;
            failure.Message.Should().Contain(path).And.Contain("line 3");
            failure.LineNumber.Should().Be(3);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AMalformedHolidayRulesFile_StopsStartUp_NamingTheFileLineAndReason()
    {
        await using var database = await TestDatabase.CreateAsync();
        var path = Path.Combine(Path.GetTempPath(), $"holiday-rules-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "id,calendar,date,offset,days,first_year,last_year,weekend,name\nharvest,solar,15/08,0,1,,,sunday,Ngày mùa\n");
        try
        {
            await using var app = BotHost.Build([$"--ConnectionStrings:OneStop={database.ConnectionString}", $"--Calendar:RulesPath={path}", "--urls=http://127.0.0.1:0", "--Telegram:Token="]);

            var start = () => app.StartAsync();

            var failure = (await start.Should().ThrowAsync<CalendarFileException>()).Which;
            failure.Message.Should().Be($"{path}, line 2: unknown weekend 'sunday' (expected next_weekday or none)");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("2027", false)]
    public async Task CultureDayFromYear_ReachesTheWorkingCalendar(string? setting, bool workingOn24November2027)
    {
        await using var database = await TestDatabase.CreateAsync();
        string[] args = [$"--ConnectionStrings:OneStop={database.ConnectionString}", "--urls=http://127.0.0.1:0", "--Telegram:Token="];
        await using var app = BotHost.Build(setting is null ? args : [.. args, $"--Calendar:CultureDayFromYear={setting}"]);

        var calendar = app.Services.GetRequiredService<IWorkingCalendar>();

        calendar.IsWorkingDay(new DateOnly(2027, 11, 24)).Should().Be(workingOn24November2027);
        calendar.IsWorkingDay(new DateOnly(2026, 11, 24)).Should().BeTrue();
    }

    [Fact]
    public async Task ACultureDayFromYearOutsideTheCalendar_StopsStartUp_WithAClearSentence()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = BotHost.Build([$"--ConnectionStrings:OneStop={database.ConnectionString}", "--Calendar:CultureDayFromYear=25", "--urls=http://127.0.0.1:0", "--Telegram:Token="]);

        var start = () => app.StartAsync();

        (await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>()).Which.Message.Should().Contain("Calendar:CultureDayFromYear must be a year from 1900 to 2199");
    }

    [Fact]
    public async Task AMissingOfficeName_StopsStartUp_WithAClearSentence()
    {
        await using var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        await using var app = BotHost.Build([$"--ConnectionStrings:OneStop={database.ConnectionString}", "--Office:Name=", "--urls=http://127.0.0.1:0", "--Telegram:Token="]);

        var start = () => app.StartAsync();

        (await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>()).Which.Message.Should().Contain("Office:Name is missing");
    }

    [Fact]
    public async Task ADatabaseThatCannotBeWritten_StopsStartUp_WithAClearSentence()
    {
        await using var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        await using var app = BotHost.Build([$"--ConnectionStrings:OneStop={database.ConnectionString};Mode=ReadOnly", "--urls=http://127.0.0.1:0", "--Telegram:Token="]);

        var start = () => app.StartAsync();

        (await start.Should().ThrowAsync<StartupException>()).Which.Message.Should().Contain("cannot be opened and written").And.Contain("ConnectionStrings:OneStop");
    }

    [Fact]
    public async Task ConfiguredStaff_ExistFromTheStart_AndLearnTheirNameFromTheirFirstMessage()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await using (var db = bot.Db())
        {
            var leader = db.People.Single(p => p.ExternalId == BotUnderTest.Leader);
            leader.Role.Should().Be(OneStopBot.Domain.People.Role.Leader);
            leader.HasPlaceholderName.Should().BeTrue();
            db.People.Single(p => p.ExternalId == BotUnderTest.Admin).Role.Should().Be(OneStopBot.Domain.People.Role.Admin);
        }

        await bot.SayAsync(BotUnderTest.Leader, "/huongdan");

        await using (var db = bot.Db())
        {
            db.People.Single(p => p.ExternalId == BotUnderTest.Leader).DisplayName.Should().Be("Minh");
        }
    }
}
