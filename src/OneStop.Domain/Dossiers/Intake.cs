namespace OneStop.Domain.Dossiers;

/// <summary>How a dossier reached the center.</summary>
public enum IntakeChannel
{
    /// <summary>Trực tiếp: at a reception desk.</summary>
    Counter,

    /// <summary>Trực tuyến: through the National Public Service Portal or the province's portal.</summary>
    Online,

    /// <summary>Qua dịch vụ bưu chính công ích.</summary>
    Post,
}

public enum IntakePointKind
{
    /// <summary>The province's Public Administrative Service Center.</summary>
    Center,

    /// <summary>A branch of the center.</summary>
    Branch,

    /// <summary>A commune's reception point (bộ phận một cửa cấp xã).</summary>
    CommunePoint,
}

/// <summary>Where a dossier is received. Intake points are data: communes and branches change over time.</summary>
public sealed record IntakePoint(string Code, string Name, IntakePointKind Kind);
