using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStopBot.Domain.Ratings;

namespace OneStopBot.Persistence.Indicators;

/// <summary>
/// The index the satisfaction aggregates read: a period's ratings are counted from it alone, never from the rows.
/// Kept beside the queries it serves; the rating's own configuration stays with the ratings feature.
/// </summary>
internal sealed class RatingIndicatorIndexes : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> builder) =>
        builder.HasIndex(r => new { r.RatedOn, r.Level, r.ReceivedById, r.ReturnedById }).HasDatabaseName("IX_Ratings_Indicators");
}
