using System.Globalization;
using OneStopBot.Domain.Indicators;
using OneStopBot.Persistence.Indicators;
using ScottPlot;

namespace OneStopBot.Bot.Features.Digests;

/// <summary>The last days' on-time, online and satisfaction percentages as a PNG line chart.</summary>
public static class DigestChart
{
    public static byte[] Render(IReadOnlyList<DailyPoint> days, string onTime, string online, string satisfied)
    {
        ArgumentNullException.ThrowIfNull(days);
        var plot = new Plot();
        Series(plot, days, d => d.OnTime, onTime, Colors.SeaGreen);
        Series(plot, days, d => d.Online, online, Colors.RoyalBlue);
        Series(plot, days, d => d.Satisfaction, satisfied, Colors.DarkOrange);
        // One tick a day, labelled dd/MM: the automatic date ticks would print US dates.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            days.Select(d => X(d.Day)).ToArray(),
            days.Select(d => d.Day.ToString("dd/MM", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsY(0, 105);
        if (days.Count > 0)
        {
            plot.Axes.SetLimitsX(X(days[0].Day) - 0.5, X(days[^1].Day) + 0.5);
        }

        plot.YLabel("%");
        plot.ShowLegend(Alignment.LowerLeft);
        return plot.GetImageBytes(900, 450, ImageFormat.Png);
    }

    private static void Series(Plot plot, IReadOnlyList<DailyPoint> days, Func<DailyPoint, Ratio> pick, string label, Color color)
    {
        // Days with nothing to count are left out rather than drawn as zero.
        var points = days.Where(d => pick(d).Value is not null).ToList();
        if (points.Count == 0)
        {
            return;
        }

        var scatter = plot.Add.Scatter(points.Select(d => X(d.Day)).ToArray(), points.Select(d => pick(d).Value!.Value * 100).ToArray(), color);
        scatter.LegendText = label;
        scatter.LineWidth = 2;
        scatter.MarkerSize = 6;
    }

    private static double X(DateOnly day) => day.ToDateTime(TimeOnly.MinValue).ToOADate();
}
