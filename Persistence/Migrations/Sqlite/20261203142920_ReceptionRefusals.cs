using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStopBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReceptionRefusals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReceptionRefusals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OfficerId = table.Column<long>(type: "INTEGER", nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RefusedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RefusedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionRefusals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionRefusals_Procedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "Procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionRefusals_ProcedureId",
                table: "ReceptionRefusals",
                column: "ProcedureId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionRefusals_UnitCode_RefusedOn",
                table: "ReceptionRefusals",
                columns: new[] { "UnitCode", "RefusedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReceptionRefusals");
        }
    }
}
