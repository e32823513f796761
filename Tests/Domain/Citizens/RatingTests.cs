using OneStopBot.Domain;
using OneStopBot.Domain.Dossiers;
using OneStopBot.Domain.People;
using OneStopBot.Domain.Ratings;
using OneStopBot.Tests.Support;

namespace OneStopBot.Tests.Domain.Citizens;

public sealed class RatingTests
{
    private static readonly Actor Returner = new(2, "Lê Văn Sáng");

    private static Dossier Returned()
    {
        var dossier = A.Dossier(A.At(2026, 11, 23));
        dossier.Apply(new DossierCommand(DossierAction.Process), A.At(2026, 11, 23, 10), A.Officer, A.Calendar);
        dossier.Apply(new DossierCommand(DossierAction.Complete), A.At(2026, 11, 24, 10), A.Officer, A.Calendar);
        dossier.Apply(new DossierCommand(DossierAction.Return), A.At(2026, 11, 25, 10), Returner, A.Calendar);
        return dossier;
    }

    [Fact]
    public void ARating_IsAttributedToTheOfficersWhoReceivedAndReturnedTheDossier()
    {
        var rating = Rating.Start(Returned(), ChannelKind.Telegram, 5001, A.At(2026, 11, 25, 11));

        rating.ReceivedById.Should().Be(A.Officer.PersonId);
        rating.ReturnedById.Should().Be(Returner.PersonId);
        rating.RatedOn.Should().Be(new DateOnly(2026, 11, 25));
    }

    [Fact]
    public void ADossierNotYetReturned_CannotBeRated()
    {
        var dossier = A.Dossier();

        var act = () => Rating.Start(dossier, ChannelKind.Telegram, 5001, A.At(2026, 11, 25));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("rating.not_returned");
    }

    [Fact]
    public void ARating_CanBeChangedOnTheSeventhDay_ButNotAfter()
    {
        var given = A.At(2026, 11, 25, 11);
        var rating = Rating.Start(Returned(), ChannelKind.Telegram, 5001, given);
        rating.Choose(SatisfactionLevel.Satisfied, given.Utc);

        rating.Choose(SatisfactionLevel.VerySatisfied, given.Utc.AddDays(7));
        var late = () => rating.Choose(SatisfactionLevel.NotSatisfied, given.Utc.AddDays(7).AddMinutes(1));

        late.Should().Throw<DomainException>().Which.Code.Should().Be("rating.window_closed");
        rating.Level.Should().Be(SatisfactionLevel.VerySatisfied);
    }

    [Fact]
    public void AnotherChat_CannotChangeSomeoneElsesRating()
    {
        var given = A.At(2026, 11, 25, 11);
        var rating = Rating.Start(Returned(), ChannelKind.Telegram, 5001, given);

        var act = () => rating.EnsureChangeableBy(ChannelKind.Telegram, 5002, given.Utc);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("rating.someone_else");
    }

    [Theory]
    [InlineData(SatisfactionLevel.VerySatisfied, false, false)]
    [InlineData(SatisfactionLevel.Satisfied, false, false)]
    [InlineData(SatisfactionLevel.NotSatisfied, false, true)]
    [InlineData(SatisfactionLevel.VerySatisfied, true, true)]
    public void NotSatisfied_OrHarassment_AlertsTheLeaders(SatisfactionLevel level, bool harassment, bool alerts)
    {
        var given = A.At(2026, 11, 25, 11);
        var rating = Rating.Start(Returned(), ChannelKind.Telegram, 5001, given);

        rating.Choose(level, given.Utc);
        rating.AnswerHarassment(harassment, given.Utc);

        rating.AlertsLeaders.Should().Be(alerts);
    }
}
