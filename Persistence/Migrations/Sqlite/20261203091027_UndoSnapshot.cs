using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStopBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UndoSnapshot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Before",
                table: "DossierEvents",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Before",
                table: "DossierEvents");
        }
    }
}
