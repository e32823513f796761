using OneStopBot.Domain.Text;

namespace OneStopBot.Domain.Procedures;

/// <summary>A procedure the office handles; stored so that a province can edit fees and times.</summary>
public sealed class Procedure
{
    private Procedure()
    {
        Name = string.Empty;
        NameKey = string.Empty;
    }

    public Procedure(ProcedureInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Code = info.Code;
        Name = info.Name;
        NameKey = SearchKey.Of(info.Name);
        ProcessingUnit = info.Processing.Unit;
        ProcessingAmount = info.Processing.Amount;
        FeeVnd = info.FeeVnd;
        FeeNote = info.FeeNote;
        Online = info.Online;
        LegalBasis = info.LegalBasis;
        Papers = string.Join("; ", info.Papers);
        PaperResult = info.PaperResult;
        OnlinePayment = info.OnlinePayment;
    }

    public int Id { get; private set; }

    /// <summary>The national procedure code (e.g. 1.004873) where known.</summary>
    public string? Code { get; private set; }

    public string Name { get; private set; }

    public string NameKey { get; private set; }

    public ProcessingUnit ProcessingUnit { get; private set; }

    public int ProcessingAmount { get; private set; }

    public ProcessingTime Processing => new(ProcessingUnit, ProcessingAmount);

    /// <summary>Fee per case in đồng; null when the provincial council sets it and it has not been entered.</summary>
    public long? FeeVnd { get; private set; }

    public string? FeeNote { get; private set; }

    public OnlineLevel Online { get; private set; }

    public string? LegalBasis { get; private set; }

    /// <summary>The papers a citizen usually brings, separated by "; ".</summary>
    public string? Papers { get; private set; }

    /// <summary>Whether the result is issued on paper (index 3.3, 4.1 and 4.2 then count an electronic result).</summary>
    public bool PaperResult { get; private set; } = true;

    /// <summary>Whether the public-service portal takes the fee online (target T4 counts only these procedures).</summary>
    public bool OnlinePayment { get; private set; }

    /// <summary>Whether the procedure may charge a fee (a known positive fee, or one the province sets).</summary>
    public bool MayChargeFee => FeeVnd is null or > 0;

    public void SetFee(long? feeVnd)
    {
        if (feeVnd < 0)
        {
            throw new DomainException("procedure.fee_negative");
        }

        FeeVnd = feeVnd;
    }
}
