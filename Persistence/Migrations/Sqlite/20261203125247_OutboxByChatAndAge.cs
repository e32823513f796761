using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStopBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxByChatAndAge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Channel_ChatId_Status",
                table: "Outbox",
                columns: new[] { "Channel", "ChatId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Status_CreatedAtUtc",
                table: "Outbox",
                columns: new[] { "Status", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_Channel_ChatId_Status",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_Status_CreatedAtUtc",
                table: "Outbox");
        }
    }
}
