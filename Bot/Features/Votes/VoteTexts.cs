using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Features.Votes;

internal static class VoteTexts
{
    public static readonly Text ChooseOffice = new(
        "🏅 Ông/bà muốn bình chọn cán bộ của UBND xã nào? Vui lòng chọn:",
        "🏅 Which commune's officers would you like to vote for? Please choose:");

    public static readonly Text Choose = new(
        "🏅 Bình chọn cán bộ tiêu biểu tháng {0}. Mỗi người chỉ được bình chọn cho mỗi cán bộ một lần trong tháng. Chọn cán bộ:",
        "🏅 Vote for an exemplary officer for {0}. You may vote for each officer once a month. Choose the officer:");

    public static readonly Text NoOfficers = new("Hiện chưa có cán bộ nào để bình chọn.", "There are no officers to vote for yet.");

    public static readonly Text CitizensOnly = new(
        "Bình chọn cán bộ tiêu biểu là ý kiến của người dân; cán bộ, lãnh đạo và quản trị viên không bình chọn.",
        "Voting for an exemplary officer is the citizens' voice; officers, leaders and administrators do not vote.");

    public static readonly Text AskReason = new(
        "Ông/bà đang bình chọn cho {0}. Gõ lý do (không bắt buộc), hoặc bấm «Bỏ qua».",
        "You are voting for {0}. Type a reason (optional), or press \"Skip\".");


    public static readonly Text Thanks = new(
        "🏅 Xin cảm ơn ông/bà đã bình chọn {0}.",
        "🏅 Thank you for voting for {0}.");

    public static readonly Text ReasonTooLong = new("Lý do dài quá 500 ký tự; vui lòng rút gọn.", "The reason is longer than 500 characters; please shorten it.");
}
