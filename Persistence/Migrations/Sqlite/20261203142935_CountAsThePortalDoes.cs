using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStopBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CountAsThePortalDoes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Ended_Indicators",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Reception_Indicators",
                table: "Dossiers");

            migrationBuilder.AddColumn<bool>(
                name: "OnlinePayment",
                table: "Procedures",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "FeePayableOnline",
                table: "Dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PaidOn",
                table: "Dossiers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstAnsweredOn",
                table: "Complaints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstResolveBy",
                table: "Complaints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Upheld",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            // What the rows already say: online payment where the rule was "an online service with a fee" (the
            // catalog's own flag for the built-in procedures), the day of payment from the payment's event or the
            // reception, and the first deadline and answer as they stand (a complaint reopened before this keeps its
            // later ones: the first were not recorded).
            migrationBuilder.Sql("UPDATE Procedures SET OnlinePayment = 1 WHERE Online <> 0 AND (FeeVnd IS NULL OR FeeVnd > 0);");
            migrationBuilder.Sql("UPDATE Dossiers SET FeePayableOnline = COALESCE((SELECT p.OnlinePayment FROM Procedures p WHERE p.Id = Dossiers.ProcedureId), 0);");
            migrationBuilder.Sql(
                "UPDATE Dossiers SET PaidOn = COALESCE("
                + "(SELECT date(MIN(e.AtUtc), '+7 hours') FROM DossierEvents e WHERE e.DossierId = Dossiers.Id AND e.Action = 6), ReceptionDate) "
                + "WHERE FeeVnd > 0 AND Payment <> 0;");
            migrationBuilder.Sql("UPDATE Complaints SET FirstResolveBy = ResolveBy, FirstAnsweredOn = AnsweredOn;");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Ended_Indicators",
                table: "Dossiers",
                columns: new[] { "EndedOn", "DueDate", "ForcedLate", "ReceptionDate", "ProcessingUnit", "ReceivedById", "ProcedureId" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Reception_Indicators",
                table: "Dossiers",
                columns: new[] { "ReceptionDate", "State", "ForcedLate", "Channel", "OnlineLevel", "DigitizedAtReception", "Payment", "PaperResult", "ElectronicResult", "FeeVnd", "FeePayableOnline", "DueDate", "EndedOn", "ReceivedById", "ProcedureId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Ended_Indicators",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Reception_Indicators",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "OnlinePayment",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "FeePayableOnline",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "PaidOn",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "FirstAnsweredOn",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "FirstResolveBy",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Upheld",
                table: "Complaints");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Ended_Indicators",
                table: "Dossiers",
                columns: new[] { "EndedOn", "DueDate", "ForcedLate", "ReceptionDate", "ReceivedById", "ProcedureId" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Reception_Indicators",
                table: "Dossiers",
                columns: new[] { "ReceptionDate", "State", "ForcedLate", "Channel", "OnlineLevel", "DigitizedAtReception", "Payment", "PaperResult", "ElectronicResult", "FeeVnd", "DueDate", "EndedOn", "ReceivedById", "ProcedureId" });
        }
    }
}
