using System.Text;
using OneStopBot.Domain.Procedures;

namespace OneStopBot.Domain.Dossiers;

/// <summary>
/// A dossier refused at the counter (state 3, Mẫu 03 «Phiếu từ chối tiếp nhận giải quyết hồ sơ»). It was never
/// received: it has no dossier code, no receipt and no place in the dossier indicators. It is kept so that the
/// refusal is not lost and refusals can be counted.
/// </summary>
public sealed class ReceptionRefusal
{
    public const int ReasonMaxLength = 500;

    /// <summary>Letters a reason needs at least, so that "." or "x" never reaches a citizen's form.</summary>
    public const int ReasonMinLetters = 3;

    private ReceptionRefusal()
    {
        UnitCode = ProcedureName = ApplicantName = ApplicantPhone = Reason = OfficerName = string.Empty;
    }

    public int Id { get; private set; }

    public string UnitCode { get; private set; }

    public int ProcedureId { get; private set; }

    public string ProcedureName { get; private set; }

    /// <summary>As given at the counter.</summary>
    public string ApplicantName { get; private set; }

    /// <summary>As given at the counter.</summary>
    public string ApplicantPhone { get; private set; }

    public DossierChannel Channel { get; private set; }

    public string Reason { get; private set; }

    public long OfficerId { get; private set; }

    public string OfficerName { get; private set; }

    public DateTime RefusedAtUtc { get; private set; }

    /// <summary>The office-local date of <see cref="RefusedAtUtc"/>, for counting by day.</summary>
    public DateOnly RefusedOn { get; private set; }

    /// <summary>The reason as it goes on the form, or null when it is not one: fewer than
    /// <see cref="ReasonMinLetters"/> letters, or longer than <see cref="ReasonMaxLength"/> characters.</summary>
    public static string? NormalizeReason(string? text)
    {
        var reason = (text ?? string.Empty).Normalize(NormalizationForm.FormC).Trim();
        return reason.Length <= ReasonMaxLength && reason.Count(char.IsLetter) >= ReasonMinLetters ? reason : null;
    }

    public static ReceptionRefusal Record(
        Procedure procedure,
        string applicantName,
        string applicantPhone,
        DossierChannel channel,
        string reason,
        string unitCode,
        OfficeInstant at,
        Actor officer)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        if (string.IsNullOrWhiteSpace(applicantName))
        {
            throw new DomainException("dossier.name_required");
        }

        var normalized = NormalizeReason(reason) ?? throw new DomainException("refusal.reason_invalid", ReasonMinLetters, ReasonMaxLength);
        return new ReceptionRefusal
        {
            UnitCode = unitCode,
            ProcedureId = procedure.Id,
            ProcedureName = procedure.Name,
            ApplicantName = applicantName.Trim(),
            ApplicantPhone = (applicantPhone ?? string.Empty).Trim(),
            Channel = channel,
            Reason = normalized,
            OfficerId = officer.PersonId,
            OfficerName = officer.Name,
            RefusedAtUtc = at.Utc,
            RefusedOn = at.Date,
        };
    }
}
