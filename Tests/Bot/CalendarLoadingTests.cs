using OneStopBot.Bot;
using OneStopBot.Bot.Office;
using OneStopBot.Domain.Calendar;

namespace OneStopBot.Tests.Bot;

public sealed class CalendarLoadingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("calendar-").FullName;

    [Fact]
    public void NoCalendarFiles_GiveTheBuiltInCalendar()
    {
        var calendar = Registration.LoadCalendar(new CalendarOptions());

        calendar.IsWorkingDay(new DateOnly(2027, 8, 16)).Should().BeTrue();
        calendar.IsWorkingDay(new DateOnly(2027, 2, 8)).Should().BeFalse("Tết 2027 comes from the built-in rules");
    }

    [Fact]
    public void ARulesFile_AddsItsRulesAndReplacesTheOnesWithItsIds_ForYearsWithoutAnOfficialSchedule()
    {
        string rules = Write("rules.csv", """
            id,calendar,date,offset,days,first_year,last_year,weekend,name
            harvest,solar,15/08,0,1,2027,,next_weekday,Ngày mùa
            labour-day,solar,01/05,0,1,,2026,next_weekday,Quốc tế Lao động
            """);

        var calendar = Registration.LoadCalendar(new CalendarOptions { RulesPath = rules });

        calendar.Describe(new DateOnly(2027, 8, 16)).Should().Be(new DayNote(new(2027, 8, 16), DayKind.Compensatory, "Nghỉ bù Ngày mùa"), "15/8/2027 is a Sunday");
        calendar.IsWorkingDay(new DateOnly(2027, 5, 3)).Should().BeTrue("1/5 is no longer a holiday after 2026, so Saturday 1/5/2027 owes nothing");
        calendar.IsWorkingDay(new DateOnly(2026, 5, 1)).Should().BeFalse("2026 keeps its official schedule");
    }

    [Fact]
    public void ARulesFileAndAnOverrideFile_EachDoTheirPart()
    {
        string rules = Write("rules.csv", "harvest,solar,16/08,0,1,,,next_weekday,Ngày mùa\n");
        string overrides = Write("overrides.csv", "date,kind,name\n2027-01-01,holiday,Tết Dương lịch\n");

        var calendar = Registration.LoadCalendar(new CalendarOptions { RulesPath = rules, OverridesPath = overrides });

        calendar.IsWorkingDay(new DateOnly(2027, 8, 16)).Should().BeTrue("2027 now has an official schedule, which the rules do not change");
        calendar.IsWorkingDay(new DateOnly(2028, 8, 16)).Should().BeFalse();
    }

    [Fact]
    public void WithoutCultureDayFromYear_24NovemberStaysAWorkingDay()
    {
        var calendar = Registration.LoadCalendar(new CalendarOptions());

        calendar.IsWorkingDay(new DateOnly(2026, 11, 24)).Should().BeTrue();
        calendar.IsWorkingDay(new DateOnly(2027, 11, 24)).Should().BeTrue();
    }

    [Fact]
    public void CultureDayFromYear2027_Makes24November2027AHoliday_AndMakesUpAWeekendOne()
    {
        var calendar = Registration.LoadCalendar(new CalendarOptions { CultureDayFromYear = 2027 });

        calendar.IsWorkingDay(new DateOnly(2026, 11, 24)).Should().BeTrue();
        calendar.Describe(new DateOnly(2027, 11, 24)).Should().Be(new DayNote(new(2027, 11, 24), DayKind.Holiday, "Ngày Văn hóa Việt Nam"));
        calendar.Describe(new DateOnly(2029, 11, 26)).Should().Be(new DayNote(new(2029, 11, 26), DayKind.Compensatory, "Nghỉ bù Ngày Văn hóa Việt Nam"), "24/11/2029 is a Saturday");
    }

    [Fact]
    public void CultureDayFromYear_SetsTheFirstYearOfTheRuleARulesFileGave()
    {
        string rules = Write("rules.csv", "culture-day,solar,24/11,0,2,pending,,next_weekday,Ngày Văn hóa Việt Nam\n");

        var calendar = Registration.LoadCalendar(new CalendarOptions { RulesPath = rules, CultureDayFromYear = 2028 });

        calendar.IsWorkingDay(new DateOnly(2027, 11, 24)).Should().BeTrue();
        calendar.Describe(new DateOnly(2028, 11, 25))!.Name.Should().Be("Ngày Văn hóa Việt Nam (25/11)");
    }

    [Fact]
    public void ARulesFileThatDoesNotExist_StopsStartUp_NamingTheKey()
    {
        string missing = Path.Combine(_folder, "missing.csv");

        Action load = () => Registration.LoadCalendar(new CalendarOptions { RulesPath = missing });

        load.Should().Throw<InvalidOperationException>().WithMessage($"Calendar:RulesPath names a file that does not exist: {missing}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
