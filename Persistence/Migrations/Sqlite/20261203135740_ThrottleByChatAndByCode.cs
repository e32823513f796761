using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStopBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ThrottleByChatAndByCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The counts are short-lived (15 minutes); they start again under their new keys.
            migrationBuilder.Sql("""DELETE FROM "LookupThrottles";""");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LookupThrottles",
                table: "LookupThrottles");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "LookupThrottles");

            migrationBuilder.DropColumn(
                name: "ChatId",
                table: "LookupThrottles");

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "LookupThrottles",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LookupThrottles",
                table: "LookupThrottles",
                column: "Key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM "LookupThrottles";""");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LookupThrottles",
                table: "LookupThrottles");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "LookupThrottles");

            migrationBuilder.AddColumn<int>(
                name: "Channel",
                table: "LookupThrottles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ChatId",
                table: "LookupThrottles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddPrimaryKey(
                name: "PK_LookupThrottles",
                table: "LookupThrottles",
                columns: new[] { "Channel", "ChatId" });
        }
    }
}
