using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Office;
using OneStopBot.Bot.Features.Access;
using OneStopBot.Bot.Features.Complaints;
using OneStopBot.Bot.Features.Ratings;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Dossiers;
using OneStopBot.Bot.Features.Ranking;
using OneStopBot.Domain.Calendar;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using OneStopBot.Persistence;
using OneStopBot.Persistence.Indicators;

namespace OneStopBot.Bot.Features.Exports;

/// <summary>A period's export: the workbook, the dossiers' CSV, and how many rows each kind has.</summary>
internal sealed record ReportWorkbook(string Name, byte[] Xlsx, byte[] Csv, int Dossiers, int Ratings, int Complaints);

/// <summary>/xuat [period]: the period's report as an Excel workbook and the dossiers as CSV, sent as documents.</summary>
internal sealed class ExportHandler(IWorkingCalendar calendar, CurrentOffice current, OfficeDirectory offices, IOptions<IndexWeights> weights)
{
    public async Task ExportAsync(ChatContext ctx, string args, CancellationToken ct)
    {
        if (!AccessHandler.RequireLeader(ctx))
        {
            return;
        }

        if (ReportsHandler.ParsePeriod(args, ReportPeriod.Month) is not { } kind)
        {
            ctx.Reply(ctx.T(ExportTexts.Usage));
            return;
        }

        var today = ctx.Now.Date;
        if (current.Profile is not { } office)
        {
            var province = await ProvinceReport.LoadAsync(ctx.Db, current, offices, calendar, kind, today, weights.Value, ct);
            var xlsx = await ProvinceWorkbookAsync(province, ctx.Language, ct);
            ctx.Reply(new OutboundMessage(ctx.Message.Channel, ctx.Message.ChatId, ctx.T(ExportTexts.ProvinceWorkbook, Show.Date(province.Period.From), Show.Date(province.Period.To), province.Communes.Count))
            {
                Document = new Attachment($"bao-cao-tinh-{province.Period.From:yyyyMMdd}-{province.Period.To:yyyyMMdd}.xlsx", xlsx),
            });
            return;
        }

        var period = DigestData.PeriodOf(kind, today, office.Campaign);
        var book = await BuildAsync(ctx.Db, calendar, office.Campaign, weights.Value, period, today, ctx.Language, ct);
        var channel = ctx.Message.Channel;
        var chat = ctx.Message.ChatId;
        ctx.Reply(new OutboundMessage(channel, chat, ctx.T(ExportTexts.Workbook, Show.Date(period.From), Show.Date(period.To), book.Dossiers, book.Ratings, book.Complaints, Show.Noun("dossier", book.Dossiers, ctx.Language), Show.Noun("rating", book.Ratings, ctx.Language), Show.Noun("complaint", book.Complaints, ctx.Language)))
        {
            Document = new Attachment(book.Name + ".xlsx", book.Xlsx),
        });
        ctx.Reply(new OutboundMessage(channel, chat, ctx.T(ExportTexts.Csv)) { Document = new Attachment(book.Name + "-ho-so.csv", book.Csv) });
    }

    /// <summary>The period's report as a workbook (dossiers, ratings, complaints, indicators, ranking) and the dossiers as CSV: what /xuat sends and the report page offers.</summary>
    public static async Task<ReportWorkbook> BuildAsync(OneStopDbContext db, IWorkingCalendar calendar, CampaignOptions campaign, IndexWeights weights, Period period, DateOnly today, Language lang, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(campaign);
        var staff = await db.People.AsNoTracking().Where(p => p.Role >= Role.Officer || db.Dossiers.Any(d => d.ReceivedById == p.Id))
            .Select(p => new { p.Id, p.DisplayName }).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var names = new Names(lang, staff);
        var dossiers = await DossierRowsAsync(db, period, names, ct);
        var ratings = await RatingRowsAsync(db, period, names, ct);
        var complaints = await ComplaintRowsAsync(db, period, names, ct);
        var report = await IndicatorQueries.ReportAsync(db, calendar, period, today, campaign.Targets, weights, ct);
        var ranking = await RankingQueries.RankAsync(db, calendar, period, today, campaign.Ranking, ct);

        var sheets = new Dictionary<string, object>
        {
            ["Hồ sơ"] = dossiers,
            ["Đánh giá"] = ratings,
            ["Phản ánh"] = complaints,
            ["Chỉ tiêu"] = IndicatorRows(report, lang),
            ["Xếp hạng"] = ranking.Select(r => new Dictionary<string, object?>
            {
                ["Hạng"] = r.Rank,
                ["Cán bộ"] = r.Standing.Name,
                ["Điểm"] = r.Score,
                ["Hồ sơ giải quyết"] = r.Standing.Handled,
                ["Đúng hạn (%)"] = Percent(r.Standing.OnTime),
                ["Hài lòng (%)"] = Percent(r.Standing.Satisfaction),
                ["Phiếu bầu"] = r.Standing.Votes,
                ["Buổi tăng thêm"] = r.Standing.ExtraSessions,
            }).ToList(),
        };
        byte[] workbook;
        using (var stream = new MemoryStream())
        {
            await stream.SaveAsAsync(sheets, cancellationToken: ct);
            workbook = stream.ToArray();
        }

        return new ReportWorkbook($"bao-cao-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}", workbook, Csv(DossierColumns, dossiers), dossiers.Count, ratings.Count, complaints.Count);
    }

    /// <summary>
    /// The province's workbook: a first sheet with the province's total and a line per commune (furthest from its targets
    /// first), then one sheet per commune with its targets and index, named by its unit code.
    /// </summary>
    public static async Task<byte[]> ProvinceWorkbookAsync(ProvinceFigures province, Language lang, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(province);
        Dictionary<string, object?> Line(string name, string? unit, IndicatorReport r, int? missed) => new()
        {
            ["Xã"] = name,
            ["Mã đơn vị"] = unit,
            ["Tiếp nhận"] = r.Dossiers.Received,
            ["T1 đúng hạn (%)"] = Percent(r.Target(TargetId.T1).Value),
            ["T2 số hoá (%)"] = Percent(r.Target(TargetId.T2).Value),
            ["T3 trực tuyến một phần (%)"] = Percent(r.Target(TargetId.T3).Value),
            ["T3 toàn trình (%)"] = r.Target(TargetId.T3).FullOnline is { } full ? Percent(full) : null,
            ["T4 thanh toán trực tuyến (%)"] = Percent(r.Target(TargetId.T4).Value),
            ["T5 nhũng nhiễu"] = r.Target(TargetId.T5).Count,
            ["Điểm QĐ 766 (ước tính)"] = Math.Round(r.EstimatedScore, 2),
            ["Trên tổng"] = Math.Round(r.PossibleScore, 2),
            ["Chỉ tiêu chưa đạt"] = missed,
        };
        var sheets = new Dictionary<string, object>
        {
            ["Toàn tỉnh"] = province.Communes.Select(c => Line(c.Office.Name, c.Office.UnitCode, c.Report, c.Missed))
                .Prepend(Line(DigestTexts.ProvinceTotal[lang], null, province.Total, null)).ToList(),
        };
        foreach (var commune in province.Communes)
        {
            sheets[commune.Office.UnitCode] = IndicatorRows(commune.Report, lang);
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        return stream.ToArray();
    }

    private static readonly string[] DossierColumns =
    [
        "Mã hồ sơ", "Thủ tục", "Người nộp", "Ngày tiếp nhận", "Hạn trả", "Kết thúc", "Trạng thái", "Trực tuyến", "Số hoá", "Lệ phí (đ)",
        "Thanh toán", "Kết quả điện tử", "Đã xin lỗi, hẹn lại", "Số lần bổ sung", "Cán bộ tiếp nhận",
    ];

    public static byte[] Csv(IReadOnlyList<string> columns, IReadOnlyList<Dictionary<string, object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        // A byte order mark, so that Excel opens the Vietnamese text as UTF-8.
        stream.Write(Encoding.UTF8.GetPreamble());
        using (var csv = CsvWriter.Create(stream, null, leaveOpen: true))
        {
            csv.WriteRecord([.. columns]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. columns.Select(c => row.GetValueOrDefault(c) is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : row.GetValueOrDefault(c)?.ToString() ?? string.Empty)]);
            }

            csv.Flush();
        }

        return stream.ToArray();
    }

    /// <summary>How a cell names what the database stores as a code: officers by name, yes/no in the reader's language.</summary>
    private sealed record Names(Language Language, IReadOnlyDictionary<long, string> Staff)
    {
        public string YesNo(bool value) => value ? CommonTexts.Yes[Language] : CommonTexts.No[Language];

        public string? Officer(long? id) => id is { } known ? Staff.GetValueOrDefault(known, ExportTexts.UnknownOfficer[Language]) : null;
    }

    private static async Task<List<Dictionary<string, object?>>> DossierRowsAsync(OneStopDbContext db, Period period, Names names, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.ReceptionDate >= from && d.ReceptionDate <= to)
            .OrderBy(d => d.ReceptionDate).ThenBy(d => d.Sequence)
            .Select(d => new
            {
                d.Code, d.ProcedureName, d.ApplicantName, d.ReceptionDate, d.DueDate, d.EndedOn, d.State, d.Channel,
                d.DigitizedAtReception, d.FeeVnd, d.Payment, d.ElectronicResult, d.ForcedLate, d.SupplementRequests, d.ReceivedById,
            })
            .ToListAsync(ct);
        return rows.Select(d => new Dictionary<string, object?>
        {
            ["Mã hồ sơ"] = d.Code,
            ["Thủ tục"] = d.ProcedureName,
            ["Người nộp"] = d.ApplicantName,
            ["Ngày tiếp nhận"] = Show.Date(d.ReceptionDate),
            ["Hạn trả"] = Show.Date(d.DueDate),
            ["Kết thúc"] = d.EndedOn is { } e ? Show.Date(e) : null,
            ["Trạng thái"] = DossierNames.State(d.State, names.Language),
            ["Trực tuyến"] = names.YesNo(d.Channel == Domain.Dossiers.DossierChannel.Online),
            ["Số hoá"] = names.YesNo(d.DigitizedAtReception),
            ["Lệ phí (đ)"] = d.FeeVnd,
            ["Thanh toán"] = DossierNames.Payment(d.Payment, names.Language),
            ["Kết quả điện tử"] = names.YesNo(d.ElectronicResult),
            ["Đã xin lỗi, hẹn lại"] = names.YesNo(d.ForcedLate),
            ["Số lần bổ sung"] = d.SupplementRequests,
            ["Cán bộ tiếp nhận"] = names.Officer(d.ReceivedById),
        }).ToList();
    }

    private static async Task<List<Dictionary<string, object?>>> RatingRowsAsync(OneStopDbContext db, Period period, Names names, CancellationToken ct)
    {
        var (first, last) = (period.From, period.To);
        var rows = await (from r in db.Ratings.AsNoTracking()
                          where r.RatedOn >= first && r.RatedOn <= last && r.Level != null
                          join d in db.Dossiers on r.DossierId equals d.Id
                          orderby r.RatedOn, r.Id
                          select new { d.Code, r.RatedOn, r.Level, r.Harassment, r.Comment, r.ReceivedById, r.ReturnedById }).ToListAsync(ct);
        return rows.Select(r => new Dictionary<string, object?>
        {
            ["Mã hồ sơ"] = r.Code,
            ["Ngày"] = Show.Date(r.RatedOn),
            ["Mức"] = r.Level is { } level ? RatingTexts.Level(level, names.Language) : null,
            ["Nhũng nhiễu"] = r.Harassment is { } harassed ? names.YesNo(harassed) : null,
            ["Ý kiến"] = r.Comment,
            ["Cán bộ tiếp nhận"] = names.Officer(r.ReceivedById),
            ["Cán bộ trả"] = names.Officer(r.ReturnedById),
        }).ToList();
    }

    private static async Task<List<Dictionary<string, object?>>> ComplaintRowsAsync(OneStopDbContext db, Period period, Names names, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var rows = await db.Complaints.AsNoTracking().Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to)
            .OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id)
            .Select(c => new { c.TrackingCode, c.ReceivedOn, c.Kind, c.Harassment, c.State, c.Text, c.ResolveBy, c.AnsweredOn })
            .ToListAsync(ct);
        return rows.Select(c => new Dictionary<string, object?>
        {
            ["Mã"] = c.TrackingCode,
            ["Ngày nhận"] = Show.Date(c.ReceivedOn),
            ["Loại"] = ComplaintTexts.Kind(c.Kind, harassment: false, names.Language),
            ["Nhũng nhiễu"] = names.YesNo(c.Harassment),
            ["Trạng thái"] = ComplaintTexts.State(c.State, names.Language),
            ["Nội dung"] = c.Text,
            ["Hạn giải quyết"] = c.ResolveBy is { } r ? Show.Date(r) : null,
            ["Ngày trả lời"] = c.AnsweredOn is { } a ? Show.Date(a) : null,
        }).ToList();
    }

    private static List<Dictionary<string, object?>> IndicatorRows(IndicatorReport report, Language lang)
    {
        var rows = report.Targets.Select(t => new Dictionary<string, object?>
        {
            ["Chỉ tiêu"] = ExportTexts.Target(t.Id, lang),
            ["Giá trị"] = t.Count ?? Percent(t.Value),
            ["Mục tiêu"] = t.Id == TargetId.T5 ? t.Target : Math.Round(t.Target * 100, 1),
            ["Trọng số"] = null,
            ["Điểm"] = null,
            ["Đạt"] = ExportTexts.Mark(t.Mark, lang),
        }).ToList();
        for (var i = 0; i < report.Index.Count; i++)
        {
            var x = report.Index[i];
            rows.Add(new Dictionary<string, object?>
            {
                ["Chỉ tiêu"] = $"{x.Id} {DigestTexts.IndicatorNames[i][lang]}",
                ["Giá trị"] = Percent(x.Value),
                ["Mục tiêu"] = Math.Round(x.Weighting.Threshold * 100, 1),
                ["Trọng số"] = x.Weighting.Weight,
                ["Điểm"] = x.Score is { } s ? Math.Round(s, 2) : null,
                ["Đạt"] = null,
            });
        }

        return rows;
    }

    private static double? Percent(Ratio ratio) => ratio.Value is { } v ? Math.Round(v * 100, 1) : null;
}
