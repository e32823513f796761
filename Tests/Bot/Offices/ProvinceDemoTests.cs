using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using OneStopBot.Bot.Channels.Console;
using OneStopBot.Bot.Demo;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.People;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Bot.Offices;

/// <summary>The console's province demo (Bot/appsettings.Province.json): three communes, each with its own staff and weeks of dossiers.</summary>
public sealed class ProvinceDemoTests
{
    [Fact]
    public async Task TheProvinceDemo_GivesEachCommuneItsStaffAndDossiers_AndTheProvinceALeader()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.Province.json")).Build();
        var offices = OfficeDirectory.Load(configuration);
        await using var database = await TestDatabase.CreateAsync();
        var clock = new OfficeClock(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 7, 30, 0, TimeSpan.FromHours(7))), offices);
        await using (var db = database.NewContext())
        {
            await DemoData.SeedAsync(db, offices, clock, A.Calendar, default);
        }

        await using var read = database.NewContext();
        offices.All.Should().HaveCount(3);
        offices.One.Should().BeNull();
        foreach (var (office, index) in offices.All.Select((o, i) => (o, i)))
        {
            (await read.Dossiers.CountAsync(d => d.UnitCode == office.UnitCode)).Should().BeGreaterThan(100, office.Name);
            (await read.Complaints.CountAsync(c => c.UnitCode == office.UnitCode)).Should().Be(1);
            var staffIds = DemoPeople.StaffOf(index).Select(p => p.Id).ToList();
            (await read.People.Where(p => staffIds.Contains(p.ExternalId)).Select(p => p.UnitCode).Distinct().ToListAsync())
                .Should().Equal(office.UnitCode);
        }

        var province = await read.People.SingleAsync(p => p.ExternalId == DemoPeople.ProvinceLeader.Id);
        (province.Role, province.UnitCode).Should().Be((Role.Leader, (string?)null));
        (await read.Complaints.Select(c => c.TrackingCode).Distinct().CountAsync()).Should().Be(3);
    }
}
