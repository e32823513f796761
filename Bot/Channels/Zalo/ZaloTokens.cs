using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStopBot.Bot.Conversation;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Messaging;

namespace OneStopBot.Bot.Channels.Zalo;

/// <summary>
/// The OA's access token, refreshed before it expires and when Zalo rejects it. Each refresh token works once, and
/// several instances share one OA: so a refresh is done only by whoever takes the token row's lease (an atomic
/// update that also checks the refresh is still needed), the new pair is written to the row before it is used, and
/// everyone else waits for the row to change. <c>Zalo:RefreshToken</c> seeds the row; a different one given later
/// replaces the stored pair (an operator's way back after the pair was lost).
/// </summary>
public sealed class ZaloTokens(
    IServiceScopeFactory scopes,
    ZaloApi api,
    TimeProvider time,
    IOptions<ZaloOptions> options,
    ILogger<ZaloTokens> log) : IDisposable
{
    /// <summary>Long enough for one call to Zalo's OAuth server; a holder that died frees the row after it.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(60);

    /// <summary>How long a caller waits for another instance's refresh before it gives up for now (real time).</summary>
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>This instance's name on the lease.</summary>
    private readonly string me = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    private readonly SemaphoreSlim seeded = new(1, 1);
    private bool isSeeded;

    /// <summary>A usable access token: the stored one, or a new one when it is about to expire.</summary>
    public Task<string> CurrentAsync(CancellationToken ct) => ObtainAsync(rejected: null, ct);

    /// <summary>A new access token after Zalo rejected <paramref name="rejected"/> (-216, -220).</summary>
    public Task<string> RenewAsync(string rejected, CancellationToken ct) => ObtainAsync(rejected, ct);

    private async Task<string> ObtainAsync(string? rejected, CancellationToken ct)
    {
        await SeedAsync(ct);
        var waitUntil = DateTime.UtcNow + WaitLimit;
        while (true)
        {
            var row = await ReadAsync(ct);
            var now = time.GetUtcNow().UtcDateTime;
            if (Usable(row, rejected, now))
            {
                return row.AccessToken!;
            }

            if (await TryTakeLeaseAsync(rejected, now, ct))
            {
                // The refresh is not the caller's to cancel: a call stopped after Zalo took the refresh token would
                // lose the new pair, and the OA with it. A caller that stops waiting leaves it to finish.
                return await RefreshAsync(CancellationToken.None).WaitAsync(ct);
            }

            // Another instance is refreshing: its new pair appears in the row.
            if (DateTime.UtcNow > waitUntil)
            {
                throw new SendFailedException(SendFailure.Transient, "the Zalo access token is being refreshed elsewhere and did not arrive in time");
            }

            await Task.Delay(PollInterval, ct);
        }
    }

    private bool Usable(ZaloToken row, string? rejected, DateTime now) =>
        row.AccessToken is { Length: > 0 } token
        && token != rejected
        && row.AccessExpiresAtUtc - options.Value.RefreshMargin > now;

    /// <summary>
    /// Takes the lease when nobody holds it and the refresh is still needed, in one statement: of two instances that
    /// both saw the old token, only the first gets a row back; the second then finds the new token.
    /// </summary>
    private async Task<bool> TryTakeLeaseAsync(string? rejected, DateTime now, CancellationToken ct)
    {
        var refreshBy = now + options.Value.RefreshMargin;
        var until = now + LeaseTime;
        var taken = 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        await db.WriteAsync(
            async c => taken = await db.ZaloTokens
                .Where(t => t.Id == ZaloToken.SingleId
                    && (t.LeaseUntilUtc == null || t.LeaseUntilUtc < now)
                    && (t.AccessToken == null || t.AccessExpiresAtUtc <= refreshBy || t.AccessToken == rejected))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseHolder, me).SetProperty(t => t.LeaseUntilUtc, until), c),
            ct);
        return taken == 1;
    }

    /// <summary>Spends the stored refresh token, writes the new pair and frees the lease; only the lease holder calls it.</summary>
    private async Task<string> RefreshAsync(CancellationToken ct)
    {
        var row = await ReadAsync(ct);
        ZaloTokenPair pair;
        try
        {
            pair = await api.RefreshAsync(row.RefreshToken, ct);
        }
        catch (Exception failure) when (failure is ZaloApiException or HttpRequestException or TaskCanceledException)
        {
            ZaloLog.RefreshFailed(log, failure.Message);
            await ReleaseAsync(CancellationToken.None);
            throw new SendFailedException(SendFailure.Transient, "the Zalo access token could not be refreshed: " + failure.Message, inner: failure);
        }

        // The old refresh token is spent: the new pair must be kept whatever comes next, so this write does not
        // depend on the caller still waiting.
        var now = time.GetUtcNow().UtcDateTime;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            await db.WriteAsync(
                c => db.ZaloTokens.Where(t => t.Id == ZaloToken.SingleId).ExecuteUpdateAsync(
                    s => s.SetProperty(t => t.AccessToken, pair.AccessToken)
                        .SetProperty(t => t.RefreshToken, pair.RefreshToken)
                        .SetProperty(t => t.AccessExpiresAtUtc, now + pair.ExpiresIn)
                        .SetProperty(t => t.RefreshedAtUtc, now)
                        .SetProperty(t => t.LeaseHolder, (string?)null)
                        .SetProperty(t => t.LeaseUntilUtc, (DateTime?)null),
                    c),
                CancellationToken.None);
        }

        ZaloLog.Refreshed(log, now + pair.ExpiresIn);
        return pair.AccessToken;
    }

    private async Task ReleaseAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        await db.WriteAsync(
            c => db.ZaloTokens.Where(t => t.Id == ZaloToken.SingleId && t.LeaseHolder == me)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseHolder, (string?)null).SetProperty(t => t.LeaseUntilUtc, (DateTime?)null), c),
            ct);
    }

    private async Task<ZaloToken> ReadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
        return await db.ZaloTokens.AsNoTracking().SingleAsync(t => t.Id == ZaloToken.SingleId, ct);
    }

    /// <summary>
    /// Writes the configured refresh token as the first pair when there is none, or when the configured one is not
    /// the one the stored pair came from (a new first token given by the operator).
    /// </summary>
    private async Task SeedAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref isSeeded))
        {
            return;
        }

        await seeded.WaitAsync(ct);
        try
        {
            if (isSeeded)
            {
                return;
            }

            var configured = options.Value.RefreshToken!;
            var seed = SeedOf(configured);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OneStopDbContext>();
            var row = await db.ZaloTokens.SingleOrDefaultAsync(t => t.Id == ZaloToken.SingleId, ct);
            if (row is null)
            {
                db.ZaloTokens.Add(new ZaloToken { RefreshToken = configured, SeedHash = seed, AccessExpiresAtUtc = DateTime.UnixEpoch });
            }
            else if (row.SeedHash != seed)
            {
                row.SeedHash = seed;
                row.RefreshToken = configured;
                row.AccessToken = null;
                row.AccessExpiresAtUtc = DateTime.UnixEpoch;
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException clash) when (StoreErrors.IsUniqueViolation(clash))
            {
                // Another instance seeded it at the same moment, from the same configuration.
            }

            isSeeded = true;
        }
        finally
        {
            seeded.Release();
        }
    }

    public void Dispose() => seeded.Dispose();

    /// <summary>The stored trace of the configured token: enough to see it changed, useless to anyone reading the row.</summary>
    private static string SeedOf(string refreshToken) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
}
