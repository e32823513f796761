using BenchmarkDotNet.Attributes;
using OneStopBot.Domain.Calendar;

namespace OneStopBot.Benchmarks.Calendar;

/// <summary>
/// The calendar questions every deadline asks. Years are built in the setup, so the figures are for the steady state
/// of a running bot; each benchmark walks the same 256 dates spread over 2024–2027 (weekends, Tết and swaps included).
/// </summary>
[MemoryDiagnoser]
public class WorkingDayBenchmarks
{
    private const int Dates = 256;

    private readonly VietnamWorkingCalendar _calendar = new();
    private readonly DateOnly[] _starts = new DateOnly[Dates];
    private readonly DateOnly[] _ends = new DateOnly[Dates];

    [GlobalSetup]
    public void WarmUp()
    {
        var first = new DateOnly(2024, 1, 1);
        for (int i = 0; i < Dates; i++)
        {
            _starts[i] = first.AddDays(i * 5);
            _ends[i] = _starts[i].AddDays(45);
        }

        for (int year = 2023; year <= 2029; year++)
        {
            _calendar.IsWorkingDay(new DateOnly(year, 6, 1));
        }
    }

    [Benchmark(OperationsPerInvoke = Dates)]
    public DateOnly AddWorkingDays15()
    {
        DateOnly last = default;
        foreach (DateOnly start in _starts)
        {
            last = _calendar.AddWorkingDays(start, 15);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Dates)]
    public int IsWorkingDay()
    {
        int working = 0;
        foreach (DateOnly day in _starts)
        {
            working += _calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return working;
    }

    [Benchmark(OperationsPerInvoke = Dates)]
    public int WorkingDaysBetween()
    {
        int total = 0;
        for (int i = 0; i < Dates; i++)
        {
            total += _calendar.WorkingDaysBetween(_starts[i], _ends[i]);
        }

        return total;
    }
}
