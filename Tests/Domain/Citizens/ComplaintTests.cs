using OneStopBot.Domain;
using OneStopBot.Domain.Complaints;
using OneStopBot.Domain.People;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Domain.Citizens;

public sealed class ComplaintTests
{
    private const long Chat = 5001;
    private const long LeaderId = 9;

    private static Complaint Filed(OfficeInstant at, bool harassment = false) => Complaint.File(
        A.Unit,
        "PA-260213-001", ComplaintKind.Delay, harassment, "Hồ sơ của tôi đã quá hạn một tuần.", ChannelKind.Telegram, Chat, 3, anonymous: false, null, null, at, A.Calendar);

    [Fact]
    public void Deadlines_SkipTheTetHoliday()
    {
        // Friday 13/02/2026; Tết 2026 keeps the office closed Monday 16 to Friday 20/02.
        var complaint = Filed(A.At(2026, 2, 13, 10));

        complaint.RefuseBy.Should().Be(new DateOnly(2026, 2, 24));
        complaint.AskMoreBy.Should().Be(new DateOnly(2026, 2, 27));
        complaint.ResolveBy.Should().Be(new DateOnly(2026, 3, 13));
    }

    [Fact]
    public void TheRefusalReminder_ComesOnTheWorkingDayBeforeTheDeadline_NotDuringTet()
    {
        var complaint = Filed(A.At(2026, 2, 13, 10));

        complaint.CheckDeadlines(new DateOnly(2026, 2, 18), A.Calendar).Should().BeEmpty("two working days remain after Tết");
        complaint.CheckDeadlines(new DateOnly(2026, 2, 23), A.Calendar).Should()
            .Equal(new DeadlineCheck(ComplaintDeadline.Refuse, new DateOnly(2026, 2, 24), DeadlineStatus.DueSoon));
        complaint.CheckDeadlines(new DateOnly(2026, 2, 25), A.Calendar).Should()
            .Equal(new DeadlineCheck(ComplaintDeadline.Refuse, new DateOnly(2026, 2, 24), DeadlineStatus.Passed));
    }

    [Fact]
    public void OnceTakenUp_OnlyTheResolutionDeadlineMatters()
    {
        var complaint = Filed(A.At(2026, 2, 13, 10));
        complaint.StartHandling(LeaderId);

        complaint.CheckDeadlines(new DateOnly(2026, 2, 27), A.Calendar).Should().BeEmpty();
        complaint.CheckDeadlines(new DateOnly(2026, 3, 12), A.Calendar).Should()
            .Equal(new DeadlineCheck(ComplaintDeadline.Resolve, new DateOnly(2026, 3, 13), DeadlineStatus.DueSoon));
        complaint.CheckDeadlines(new DateOnly(2026, 3, 16), A.Calendar).Should()
            .Equal(new DeadlineCheck(ComplaintDeadline.Resolve, new DateOnly(2026, 3, 13), DeadlineStatus.Passed));
    }

    [Fact]
    public void AnAnsweredComplaint_CanBeReopenedOnce_WithAFreshDeadline()
    {
        var complaint = Filed(A.At(2026, 2, 13, 10));
        complaint.AnswerWith("Hồ sơ đã được trả ngày 24/02.", LeaderId, A.At(2026, 2, 24, 9));

        complaint.Reopen(ChannelKind.Telegram, Chat, A.At(2026, 2, 25, 9), A.Calendar);
        complaint.State.Should().Be(ComplaintState.InProgress);
        complaint.ResolveBy.Should().Be(new DateOnly(2026, 3, 18));
        complaint.AnswerWith("Đã xác minh lại và xin lỗi ông/bà.", LeaderId, A.At(2026, 2, 26, 9));

        var twice = () => complaint.Reopen(ChannelKind.Telegram, Chat, A.At(2026, 2, 27, 9), A.Calendar);
        twice.Should().Throw<DomainException>().Which.Code.Should().Be("complaint.reopen_once");
        complaint.State.Should().Be(ComplaintState.Answered);
    }

    [Fact]
    public void OnlyTheChatThatFiledIt_CanReopenIt()
    {
        var complaint = Filed(A.At(2026, 2, 13, 10));
        complaint.AnswerWith("Đã xử lý.", LeaderId, A.At(2026, 2, 24, 9));

        var act = () => complaint.Reopen(ChannelKind.Telegram, Chat + 1, A.At(2026, 2, 25, 9), A.Calendar);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("complaint.not_yours");
    }

    [Fact]
    public void ARefusedComplaint_IsClosed_AndCannotBeReopened()
    {
        var complaint = Filed(A.At(2026, 2, 13, 10));
        complaint.Refuse("Nội dung không thuộc thẩm quyền của xã.", LeaderId, A.At(2026, 2, 23, 9));

        complaint.State.Should().Be(ComplaintState.Refused);
        complaint.CheckDeadlines(new DateOnly(2026, 3, 30), A.Calendar).Should().BeEmpty();
        var reopen = () => complaint.Reopen(ChannelKind.Telegram, Chat, A.At(2026, 2, 24, 9), A.Calendar);
        reopen.Should().Throw<DomainException>().Which.Code.Should().Be("complaint.reopen_not_answered");
    }

    [Fact]
    public void AHarassmentComplaint_IsAboutAnOfficersConduct_AndATooShortTextIsRefused()
    {
        Filed(A.At(2026, 2, 13, 10), harassment: true).Kind.Should().Be(ComplaintKind.OfficerConduct);

        var act = () => Complaint.File(A.Unit, "PA-260213-002", ComplaintKind.Other, false, "ngắn", ChannelKind.Telegram, Chat, null, true, null, null, A.At(2026, 2, 13, 10), A.Calendar);
        act.Should().Throw<DomainException>().Which.Code.Should().Be("complaint.text_length");
    }
}
