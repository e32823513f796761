using OneStopBot.Domain.Indicators;

namespace OneStopBot.Tests.Domain.Indicators;

public sealed class IndexScoringTests
{
    [Theory]
    [InlineData(0.25, 6.0)]
    [InlineData(0.4, 9.6)]
    [InlineData(0.5, 12.0)]
    [InlineData(0.9, 12.0)]
    [InlineData(0.0, 0.0)]
    public void BelowTheThreshold_TheScoreIsWeightTimesRatioOverThreshold_AtOrAboveItTheFullWeight(double ratio, double expected)
    {
        new IndicatorWeight(12, 0.5).Score(ratio).Should().BeApproximately(expected, 1e-9);
    }

    [Fact]
    public void ALinearIndicator_ScoresItsRatioTimesTheWeight()
    {
        new IndicatorWeight(20, 1.0).Score(0.75).Should().BeApproximately(15, 1e-9);
    }

    [Fact]
    public void TheReport_MarksTargets_AndAddsUpOnlyTheIndicatorsThatHaveData()
    {
        var counts = new DossierCounts
        {
            Received = 10,
            OnTimePopulation = 10,
            OnTimeOrNotDue = 9,
            Finished = 8,
            FinishedOnTime = 8,
            Digitized = 10,
            PartialLevel = 4,
            PartialOnline = 2,
            FullLevel = 0,
            OnlineCounted = 5,
            FeeBearing = 0,
            PaperResults = 0,
            DigitizedFully = 8,
            Dissatisfied = 1,
        };
        var report = IndicatorReport.Compute(counts, new ComplaintCounts(), new RatingCounts(), new CampaignTargets(), new IndexWeights());

        report.Target(TargetId.T1).Mark.Should().Be(TargetMark.Met);
        report.Target(TargetId.T2).Mark.Should().Be(TargetMark.Met);
        report.Target(TargetId.T3).Mark.Should().Be(TargetMark.Met, "50% of partial-online services meets the 50% target and there is no full-online dossier");
        report.Target(TargetId.T4).Mark.Should().Be(TargetMark.Unknown);
        report.Target(TargetId.T5).Mark.Should().Be(TargetMark.Met);

        report.Indicator("2.1").Score.Should().BeApproximately(18, 1e-9);
        report.Indicator("3.3").Score.Should().BeApproximately(12, 1e-9, "50% reaches the 50% threshold");
        report.Indicator("3.6").Score.Should().BeNull("no dossier bore a fee");
        report.Indicator("4.2").Score.Should().BeApproximately(11, 1e-9, "80% reaches the 80% threshold");
        report.Indicator("5.4").Value.Value.Should().BeApproximately(0.8, 1e-9, "100% − (10% late + 10% dissatisfied)");
        report.Indicator("5.4").Score.Should().BeApproximately(9 * 0.8 / 0.9, 1e-9);
        report.PossibleScore.Should().Be(20 + 12 + 11 + 9);
    }

    [Fact]
    public void TheDefaultWeights_AreThePortalsGroupsAsTheDomainReadmeListsThem()
    {
        var w = new IndexWeights();
        (double Weight, double Threshold) Of(IndicatorWeight x) => (x.Weight, x.Threshold);

        Of(w.OnTime).Should().Be((20, 1.0), "2.1 is the whole progress group, linear");
        Of(w.OnlineDossiers).Should().Be((12, 0.5), "3.3 is the portal's 12 points of online services, full at 50%");
        Of(w.OnlinePayment).Should().Be((10, 1.0), "3.6 is the portal's 10 points of online payment, linear");
        (w.ElectronicResults.Weight + w.Digitization.Weight).Should().Be(22, "4.1 and 4.2 share the digitization group");
        w.Digitization.Threshold.Should().Be(0.8);
        (w.ComplaintsOnTime.Weight + w.Satisfaction.Weight).Should().Be(18, "5.2 and 5.4 share the satisfaction group");
        w.Satisfaction.Threshold.Should().Be(0.9);
        (w.OnTime.Weight + w.OnlineDossiers.Weight + w.OnlinePayment.Weight + w.ElectronicResults.Weight + w.Digitization.Weight
            + w.ComplaintsOnTime.Weight + w.Satisfaction.Weight + IndexWeights.TransparencyPoints).Should().Be(100, "with the transparency group the bot cannot compute, the index is out of 100");
    }
}
