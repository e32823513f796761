using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStopBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SeedComplaintNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Complaint codes were numbered by counting the day's complaints; the series "PA" of the daily
            // sequences takes over from the highest number already given each day, so no code is given twice.
            migrationBuilder.Sql(
                """
                INSERT INTO "DailySequences" ("UnitCode", "Date", "Last")
                SELECT 'PA', "ReceivedOn", MAX(CAST(substr("TrackingCode", 11) AS INTEGER)) FROM "Complaints"
                WHERE "TrackingCode" LIKE 'PA-______-%'
                GROUP BY "ReceivedOn"
                ON CONFLICT ("UnitCode", "Date") DO UPDATE SET "Last" = MAX("Last", excluded."Last");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "DailySequences" WHERE "UnitCode" = 'PA';""");
        }
    }
}
