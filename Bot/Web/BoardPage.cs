using System.Globalization;
using System.Text;
using OneStopBot.Bot.Conversation;
using OneStopBot.Bot.Features.Digests;
using OneStopBot.Bot.Features.Exports;
using OneStopBot.Domain.Indicators;
using OneStopBot.Domain.People;
using QRCoder;

namespace OneStopBot.Bot.Web;

/// <summary>One rendering of the board: the page and the validator of its content.</summary>
public sealed record RenderedPage(string Html, string ETag);

/// <summary>Where the board's QR codes lead: the bot on Telegram and the Zalo OA, each when it is configured.</summary>
public sealed record FollowLinks(Uri? Telegram, string TelegramName, Uri? Zalo);

/// <summary>
/// The board for the waiting room's screen (1920×1080 or 1366×768, read from five metres), in Vietnamese: sized in
/// units of the screen's height, so that both sizes show the same layout. The few lines of script ask for the page
/// again every few seconds (answered 304 while nothing changed), swap its content in, and keep the last figures on
/// screen with a quiet notice when the server cannot be reached.
/// </summary>
public static class BoardPage
{
    private const Language Vi = Language.Vi;

    public const string Script =
        """
        (function () {
          var every = Number(document.body.dataset.refresh) * 1000, tag = document.body.dataset.etag;
          var note = document.getElementById('offline');
          function poll() {
            fetch(location.href, { cache: 'no-store', headers: { 'If-None-Match': tag } }).then(function (r) {
              if (r.status === 304) { note.hidden = true; return; }
              if (!r.ok) { throw new Error(String(r.status)); }
              tag = r.headers.get('ETag') || tag;
              return r.text().then(function (html) {
                var next = new DOMParser().parseFromString(html, 'text/html').getElementById('board');
                if (next) { document.getElementById('board').replaceWith(next); note.hidden = true; }
              });
            }).catch(function () { note.hidden = false; }).finally(function () { setTimeout(poll, every); });
          }
          setTimeout(poll, every);
        })();
        """;

    private const string Style =
        """
        *{box-sizing:border-box;margin:0;padding:0}
        html,body{height:100%;overflow:hidden}
        body{font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif;font-size:2.3vh;line-height:1.25;background:#0d3b66;color:#102a43}
        #board{height:100vh;display:grid;grid-template-rows:9vh 1fr 4.5vh;gap:1.5vh;padding:1.5vh 1.5vw}
        header{display:flex;justify-content:space-between;align-items:center;color:#fff;gap:2vw;min-width:0}
        header h1{font-size:3.6vh;font-weight:700;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-width:0}
        header .now{font-size:3.2vh;white-space:nowrap}
        .cols{display:grid;grid-template-columns:57fr 43fr;gap:1.5vw;min-height:0}
        section{background:#fff;border-radius:1vh;padding:1.3vh 1.2vw;min-height:0;overflow:hidden}
        h2{font-size:2.9vh;color:#0d3b66;margin-bottom:1vh;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .ready ol{list-style:none}
        .ready li{display:grid;grid-template-columns:auto 1fr auto;gap:1.5vw;align-items:baseline;padding:1.15vh 0;border-bottom:.2vh solid #d9e2ec}
        .ready .tail{font-family:"DejaVu Sans Mono",monospace;font-size:4.1vh;font-weight:700;color:#0b7a3b}
        .ready .who{font-size:3.7vh;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-width:0}
        .ready .since{font-size:2.4vh;color:#486581;white-space:nowrap}
        .ready .none,.ready .more{font-size:2.6vh;color:#486581;padding-top:1.2vh}
        .right{display:grid;grid-template-rows:auto auto 1fr;gap:1.5vh;min-height:0}
        .tiles{display:grid;grid-template-columns:1fr 1fr;gap:1vh 1vw}
        .tile{background:#f0f4f8;border-radius:.8vh;padding:.7vh .8vw}
        .tile b{display:block;font-size:4.2vh;color:#0d3b66}
        .tile span{font-size:2.1vh;color:#486581;white-space:nowrap}
        .targets li{display:grid;grid-template-columns:1fr auto auto;gap:.8vw;align-items:baseline;padding:.35vh 0;list-style:none}
        .targets .label{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-width:0}
        .targets .value{font-weight:700;white-space:nowrap}
        .mark{font-size:1.9vh;font-weight:700;padding:.15vh .5vw;border-radius:.5vh;white-space:nowrap}
        .met{background:#d3f9d8;color:#1b6b2f}.missed{background:#ffe3e3;color:#a61e1e}.unknown{background:#e9ecef;color:#495057}
        .bottom{display:grid;grid-template-columns:1fr auto;gap:1vw;min-height:0}
        .campaign p{margin-bottom:.9vh}
        .campaign strong{display:block;color:#0d3b66}
        .follow{display:flex;gap:.8vw;align-items:center}
        .qr{text-align:center;font-size:1.6vh;line-height:1.15;color:#486581}
        .qr svg{display:block;width:14vh;height:14vh;margin:0 auto .3vh}
        footer{display:flex;justify-content:space-between;align-items:center;color:#d9e2ec;font-size:1.9vh;gap:2vw;white-space:nowrap;min-width:0}
        footer span{overflow:hidden;text-overflow:ellipsis;min-width:0}
        #offline{position:fixed;left:1.5vw;bottom:6.5vh;background:#fff3bf;color:#5c3c00;font-size:2vh;padding:.6vh 1vw;border-radius:.6vh}
        """;

    public static RenderedPage Render(BoardView view, FollowLinks links, TimeOnly opening, TimeOnly closing, int refreshSeconds)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(links);
        var board = Board(view, links, opening, closing);
        var etag = Html.ETagOf(board);
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Html.E(view.Office)).Append(" — Bảng thông tin</title>")
            .Append("<style>").Append(Style).Append("</style></head>")
            .Append(CultureInfo.InvariantCulture, $"<body data-refresh=\"{refreshSeconds}\" data-etag=\"{Html.E(etag)}\">")
            .Append(board)
            .Append("<p id=\"offline\" role=\"status\" hidden>Không kết nối được máy chủ — đang hiển thị số liệu của lần cập nhật cuối.</p>")
            .Append("<script>").Append(Script).Append("</script></body></html>");
        return new RenderedPage(page.ToString(), etag);
    }

    private static string Board(BoardView view, FollowLinks links, TimeOnly opening, TimeOnly closing)
    {
        var now = view.Now.Local;
        var html = new StringBuilder("<div id=\"board\">");
        html.Append("<header><h1>").Append(Html.E(view.Office)).Append("</h1><div class=\"now\">")
            .Append(Html.E(Show.DateWithWeekday(view.Now.Date, Vi))).Append(" · ").Append(Show.Time(now)).Append("</div></header>");
        html.Append("<div class=\"cols\">");
        Ready(html, view);
        html.Append("<div class=\"right\">");
        Today(html, view.Today.Report);
        Targets(html, view.Month);
        html.Append("<div class=\"bottom\">");
        Campaign(html, view, opening, closing);
        Follow(html, links);
        html.Append("</div></div></div>");
        html.Append("<footer><span>Cập nhật lúc ").Append(Show.Time(now))
            .Append(" · Bảng công khai: không hiển thị họ tên đầy đủ, số điện thoại, địa chỉ</span><span>Số liệu đếm như báo cáo của UBND xã</span></footer>");
        return html.Append("</div>").ToString();
    }

    private static void Ready(StringBuilder html, BoardView view)
    {
        html.Append("<section class=\"ready\"><h2>Kết quả đã có — mời ông/bà đến quầy nhận</h2>");
        if (view.Ready.Count == 0)
        {
            html.Append("<p class=\"none\">Hiện chưa có kết quả chờ nhận.</p></section>");
            return;
        }

        html.Append("<ol>");
        foreach (var r in view.Ready)
        {
            html.Append("<li data-tail=\"").Append(Html.E(r.Tail)).Append("\"><span class=\"tail\">").Append(Html.E(r.Tail))
                .Append("</span><span class=\"who\">").Append(Html.E(r.MaskedName))
                .Append("</span><span class=\"since\">").Append(Html.E(Since(r.ReadySinceLocal, view))).Append("</span></li>");
        }

        html.Append("</ol>");
        if (view.ReadyTotal > view.Ready.Count)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"more\">… và {view.ReadyTotal - view.Ready.Count} kết quả khác: xin hỏi tại quầy.</p>");
        }

        html.Append("</section>");
    }

    /// <summary>"có từ 09:05" today, "có từ 20/11 · 3 ngày" before.</summary>
    private static string Since(DateTime local, BoardView view)
    {
        var day = DateOnly.FromDateTime(local);
        return day == view.Now.Date
            ? "có từ " + Show.Time(local)
            : $"có từ {day.ToString("dd/MM", CultureInfo.InvariantCulture)} · {Figures.Days(view.Now.Date.DayNumber - day.DayNumber, Vi)}";
    }

    private static void Today(StringBuilder html, IndicatorReport day)
    {
        html.Append("<section class=\"today\"><h2>Hôm nay</h2><div class=\"tiles\">");
        Tile(html, "received", day.Dossiers.Received.ToString(CultureInfo.InvariantCulture), "hồ sơ tiếp nhận");
        Tile(html, "finished", day.Dossiers.Finished.ToString(CultureInfo.InvariantCulture), "hồ sơ giải quyết xong");
        Tile(html, "on-time", Figures.Percent(day.Target(TargetId.T1).Value, Vi), "giải quyết đúng hạn");
        Tile(html, "online", Figures.Percent(day.Indicator("3.3").Value, Vi), "hồ sơ trực tuyến (chỉ số 3.3)");
        html.Append("</div></section>");
    }

    private static void Tile(StringBuilder html, string figure, string value, string label) =>
        html.Append("<div class=\"tile\"><b data-figure=\"").Append(figure).Append("\">").Append(Html.E(value)).Append("</b><span>")
            .Append(Html.E(label)).Append("</span></div>");

    private static void Targets(StringBuilder html, DigestSection month)
    {
        var r = month.Report;
        html.Append("<section class=\"targets\"><h2>Chỉ tiêu thi đua tháng ")
            .Append(month.Period.To.ToString("MM/yyyy", CultureInfo.InvariantCulture)).Append("</h2><ul>");
        foreach (var t in r.Targets)
        {
            var value = t.Id switch
            {
                TargetId.T5 => $"{t.Count} (tối đa {(int)t.Target})",
                TargetId.T3 => $"{Figures.Percent(t.Value, Vi)} · toàn trình {Figures.Percent(t.FullOnline ?? default, Vi)}",
                _ => $"{Figures.Percent(t.Value, Vi)} / {Figures.Percent(t.Target, Vi)}",
            };
            html.Append("<li data-target=\"").Append(t.Id).Append("\"><span class=\"label\">").Append(Html.E(Label(t.Id)))
                .Append("</span><span class=\"value\">").Append(Html.E(value)).Append("</span>").Append(Mark(t.Mark)).Append("</li>");
        }

        var satisfaction = r.Ratings.Satisfaction;
        html.Append("<li data-target=\"satisfaction\"><span class=\"label\">Người dân hài lòng</span><span class=\"value\">")
            .Append(Html.E(Figures.Percent(satisfaction, Vi))).Append("</span><span class=\"mark unknown\">")
            .Append(r.Ratings.Rated.ToString(CultureInfo.InvariantCulture)).Append(" đánh giá</span></li></ul></section>");
    }

    /// <summary>The targets' names short enough for a screen read from afar; the report page and the workbook give them whole.</summary>
    private static string Label(TargetId id) => id switch
    {
        TargetId.T5 => "T5 Phản ánh nhũng nhiễu",
        _ => ExportTexts.Target(id, Vi),
    };

    private static string Mark(TargetMark mark) => mark switch
    {
        TargetMark.Met => "<span class=\"mark met\">Đạt</span>",
        TargetMark.Missed => "<span class=\"mark missed\">Chưa đạt</span>",
        _ => "<span class=\"mark unknown\">Chưa có số liệu</span>",
    };

    private static void Campaign(StringBuilder html, BoardView view, TimeOnly opening, TimeOnly closing)
    {
        html.Append("<section class=\"campaign\"><h2>Vì nhân dân phục vụ</h2>");
        var halfHour = !view.CampaignRunning ? "Ngoài thời gian chiến dịch"
            : view.ExtraHalfHourToday ? $"Hôm nay có: {Show.Time(DateTime.MinValue.Add(closing.ToTimeSpan()))}–{Show.Time(DateTime.MinValue.Add(closing.AddMinutes(30).ToTimeSpan()))}"
            : "Hôm nay không có (ngày nghỉ)";
        var saturday = view.NextSaturdayMorning is { } s
            ? $"{Show.DateWithWeekday(s, Vi)}, từ {Show.Time(DateTime.MinValue.Add(opening.ToTimeSpan()))}"
            : "Chưa có lịch";
        html.Append("<p data-session=\"extra-half-hour\"><strong>«30 phút tăng thêm vì dân»</strong>").Append(Html.E(halfHour)).Append("</p>");
        html.Append("<p data-session=\"saturday\"><strong>«Sáng thứ Bảy vì dân»</strong>").Append(Html.E(saturday)).Append("</p></section>");
    }

    private static void Follow(StringBuilder html, FollowLinks links)
    {
        if (links.Telegram is null && links.Zalo is null)
        {
            return;
        }

        html.Append("<section class=\"follow\">");
        if (links.Telegram is { } telegram)
        {
            Qr(html, telegram.ToString(), "Theo dõi hồ sơ trên Telegram", "@" + links.TelegramName);
        }

        if (links.Zalo is { } zalo)
        {
            Qr(html, zalo.ToString(), "Theo dõi hồ sơ trên Zalo", "Zalo OA");
        }

        html.Append("</section>");
    }

    private static void Qr(StringBuilder html, string link, string label, string name)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        var drawing = svg.GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = drawing.IndexOf("<svg", StringComparison.Ordinal);
        html.Append("<div class=\"qr\" data-link=\"").Append(Html.E(link)).Append("\" title=\"").Append(Html.E(label)).Append("\">")
            .Append(start >= 0 ? drawing[start..] : drawing)
            .Append("<span>").Append(Html.E(label)).Append("<br>").Append(Html.E(name)).Append("</span></div>");
    }
}
