using OneStopBot.Bot.Conversation;

namespace OneStopBot.Bot.Features.Ratings;

public static class RatingTexts
{
    public static readonly Text Ask = new(
        "⭐ Ông/bà đánh giá thế nào về việc giải quyết hồ sơ {0}?",
        "⭐ How satisfied are you with the handling of dossier {0}?");

    public static readonly Text VerySatisfied = new("Rất hài lòng", "Very satisfied");

    public static readonly Text Satisfied = new("Hài lòng", "Satisfied");

    public static readonly Text NotSatisfied = new("Không hài lòng", "Not satisfied");

    public static string Level(Domain.Ratings.SatisfactionLevel level, Domain.People.Language language) => level switch
    {
        Domain.Ratings.SatisfactionLevel.VerySatisfied => VerySatisfied[language],
        Domain.Ratings.SatisfactionLevel.Satisfied => Satisfied[language],
        _ => NotSatisfied[language],
    };

    public static readonly Text AskHarassment = new(
        "Cảm ơn ông/bà. Trong quá trình giải quyết hồ sơ {0}, ông/bà có bị gây khó khăn, phiền hà hoặc bị yêu cầu điều gì không đúng quy định không?",
        "Thank you. While dossier {0} was handled, were you caused difficulty or annoyance, or asked for anything improper?");

    public static readonly Text AskComment = new(
        "Ông/bà có góp ý gì thêm không? Gõ ý kiến vào đây (không bắt buộc), hoặc bấm «Bỏ qua».",
        "Anything else you would like to tell us? Type it here (optional), or press \"Skip\".");


    public static readonly Text Thanks = new(
        "Xin cảm ơn ông/bà đã đánh giá. Ông/bà có thể đổi đánh giá trong 7 ngày bằng liên kết theo dõi hồ sơ.",
        "Thank you for your rating. You can change it within 7 days through the dossier's follow link.");

    public static readonly Text HarassmentThanks = new(
        "Xin cảm ơn ông/bà đã phản ánh. Lãnh đạo UBND xã đã được báo ngay và sẽ xem xét. Ông/bà có thể gửi thêm chi tiết bằng lệnh /phananh.",
        "Thank you for telling us. The commune's leaders have been alerted and will look into it. You can give details with /phananh.");

    public static readonly Text NotAllowed = new(
        "Ông/bà chưa theo dõi hồ sơ này nên chưa thể đánh giá. Vui lòng mở liên kết trên Giấy tiếp nhận.",
        "You do not follow this dossier, so you cannot rate it. Please open the link on your receipt.");

    public static readonly Text CommentTooLong = new("Góp ý dài quá 1000 ký tự; vui lòng rút gọn.", "The comment is longer than 1000 characters; please shorten it.");

    public static readonly Text AlertNotSatisfied = new(
        "⚠️ Người dân đánh giá «Không hài lòng» hồ sơ {0} ({1}). Cán bộ tiếp nhận: {2}; cán bộ trả kết quả: {3}.",
        "⚠️ A citizen rated dossier {0} ({1}) \"Not satisfied\". Received by: {2}; returned by: {3}.");

    public static readonly Text AlertHarassment = new(
        "🚨 Người dân cho biết bị gây khó khăn, phiền hà hoặc bị yêu cầu không đúng quy định khi giải quyết hồ sơ {0} ({1}). Cán bộ tiếp nhận: {2}; cán bộ trả kết quả: {3}.",
        "🚨 A citizen says they were caused difficulty or asked for something improper while dossier {0} ({1}) was handled. Received by: {2}; returned by: {3}.");

    public static readonly Text AlertComment = new("Góp ý của người dân về hồ sơ {0}: {1}", "The citizen's comment on dossier {0}: {1}");
}
