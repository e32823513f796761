using System.ComponentModel.DataAnnotations;

namespace OneStopBot.Bot.Jobs;

/// <summary>Section <c>Jobs</c>: each job's <c>Jobs:&lt;Name&gt;:Cron</c> is read by the job table; these are the rest.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Lets non-local requests into the dashboard (HTTP basic authentication, any user name).</summary>
    public string? DashboardPassword { get; set; }

    /// <summary>False registers every job as never due: they run only when triggered (tests, a manual run from the dashboard).</summary>
    public bool Schedule { get; set; } = true;

    /// <summary>How often the Hangfire server looks for queued jobs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
