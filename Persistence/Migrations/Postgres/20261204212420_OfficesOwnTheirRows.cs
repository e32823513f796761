using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStopBot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OfficesOwnTheirRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UnitCode",
                table: "Votes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UnitCode",
                table: "SaturdayDuties",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UnitCode",
                table: "Ratings",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UnitCode",
                table: "People",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitCode",
                table: "Invites",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitCode",
                table: "ExtraSessions",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UnitCode",
                table: "Complaints",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // Ratings and complaints about a dossier belong to its office; the rest of the rows from before offices
            // are claimed at start by the deployment's one office (DatabaseInitializer).
            migrationBuilder.Sql("UPDATE \"Ratings\" SET \"UnitCode\" = (SELECT d.\"UnitCode\" FROM \"Dossiers\" d WHERE d.\"Id\" = \"Ratings\".\"DossierId\");");
            migrationBuilder.Sql("UPDATE \"Complaints\" SET \"UnitCode\" = (SELECT d.\"UnitCode\" FROM \"Dossiers\" d WHERE d.\"Id\" = \"Complaints\".\"DossierId\") WHERE \"DossierId\" IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_Votes_UnitCode_Month",
                table: "Votes",
                columns: new[] { "UnitCode", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_UnitCode_RatedOn",
                table: "Ratings",
                columns: new[] { "UnitCode", "RatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_People_UnitCode_Role",
                table: "People",
                columns: new[] { "UnitCode", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_ExtraSessions_UnitCode_Date",
                table: "ExtraSessions",
                columns: new[] { "UnitCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_UnitCode_State_DueDate",
                table: "Dossiers",
                columns: new[] { "UnitCode", "State", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_UnitCode_ReceivedOn",
                table: "Complaints",
                columns: new[] { "UnitCode", "ReceivedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Votes_UnitCode_Month",
                table: "Votes");

            migrationBuilder.DropIndex(
                name: "IX_Ratings_UnitCode_RatedOn",
                table: "Ratings");

            migrationBuilder.DropIndex(
                name: "IX_People_UnitCode_Role",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_ExtraSessions_UnitCode_Date",
                table: "ExtraSessions");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_UnitCode_State_DueDate",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_UnitCode_ReceivedOn",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "UnitCode",
                table: "Votes");

            migrationBuilder.DropColumn(
                name: "UnitCode",
                table: "SaturdayDuties");

            migrationBuilder.DropColumn(
                name: "UnitCode",
                table: "Ratings");

            migrationBuilder.DropColumn(
                name: "UnitCode",
                table: "People");

            migrationBuilder.DropColumn(
                name: "UnitCode",
                table: "Invites");

            migrationBuilder.DropColumn(
                name: "UnitCode",
                table: "ExtraSessions");

            migrationBuilder.DropColumn(
                name: "UnitCode",
                table: "Complaints");
        }
    }
}
