using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStopBot.Domain.Dossiers;

namespace OneStopBot.Persistence.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.CodeTail).HasMaxLength(16);
        builder.HasIndex(d => d.CodeTail);
        builder.HasIndex(d => new { d.UnitCode, d.ReceptionDate, d.Sequence }).IsUnique();
        builder.Property(d => d.UnitCode).HasMaxLength(32);
        builder.Property(d => d.ProcedureName).HasMaxLength(300);
        builder.Property(d => d.ApplicantName).HasMaxLength(200);
        builder.Property(d => d.ApplicantNameKey).HasMaxLength(200);
        builder.HasIndex(d => d.ApplicantNameKey);
        builder.Property(d => d.ApplicantPhone).HasMaxLength(20);
        builder.Property(d => d.FollowToken).HasMaxLength(32);
        builder.HasIndex(d => d.FollowToken).IsUnique();
        builder.Property(d => d.ApologyReason).HasMaxLength(1000);
        builder.Property(d => d.LastReason).HasMaxLength(1000);
        builder.Property(d => d.Version).IsConcurrencyToken();

        // The indicators group and filter by these. The two date indexes also carry every column the indicator
        // aggregates read, so a campaign's counts scan a narrow index instead of the wide rows.
        builder.HasIndex(d => new
        {
            d.ReceptionDate, d.State, d.ForcedLate, d.Channel, d.OnlineLevel, d.DigitizedAtReception, d.Payment, d.PaperResult,
            d.ElectronicResult, d.FeeVnd, d.FeePayableOnline, d.DueDate, d.EndedOn, d.ReceivedById, d.ProcedureId,
        }).HasDatabaseName("IX_Dossiers_Reception_Indicators");
        builder.HasIndex(d => new { d.EndedOn, d.DueDate, d.ForcedLate, d.ReceptionDate, d.ProcessingUnit, d.ReceivedById, d.ProcedureId })
            .HasDatabaseName("IX_Dossiers_Ended_Indicators");
        builder.HasIndex(d => new { d.State, d.DueDate });
        builder.HasIndex(d => new { d.UnitCode, d.State, d.DueDate });
        builder.HasIndex(d => new { d.ReceivedById, d.State });

        builder.HasOne<Domain.Procedures.Procedure>().WithMany().HasForeignKey(d => d.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Events).WithOne().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Events).HasField("events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(d => d.Processing);
        builder.Ignore(d => d.AppointmentDate);
    }
}

internal sealed class DossierEventConfiguration : IEntityTypeConfiguration<DossierEvent>
{
    public void Configure(EntityTypeBuilder<DossierEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.Property(e => e.Before).HasMaxLength(4000);
        builder.HasIndex(e => new { e.DossierId, e.AtUtc });
    }
}

internal sealed class ReceptionRefusalConfiguration : IEntityTypeConfiguration<ReceptionRefusal>
{
    public void Configure(EntityTypeBuilder<ReceptionRefusal> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.UnitCode).HasMaxLength(32);
        builder.Property(r => r.ProcedureName).HasMaxLength(300);
        builder.Property(r => r.ApplicantName).HasMaxLength(200);
        builder.Property(r => r.ApplicantPhone).HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(ReceptionRefusal.ReasonMaxLength);
        builder.Property(r => r.OfficerName).HasMaxLength(200);

        // Refusals are counted by office and day, apart from the dossiers.
        builder.HasIndex(r => new { r.UnitCode, r.RefusedOn });
        builder.HasOne<Domain.Procedures.Procedure>().WithMany().HasForeignKey(r => r.ProcedureId).OnDelete(DeleteBehavior.Restrict);
    }
}
