namespace OneStop.Domain.Dossiers;

/// <summary>The national portal's dossier statuses; the numbers are the portal's codes.</summary>
public enum DossierStatus
{
    Registered = 1,
    Received = 2,
    NotReceived = 3,
    Processing = 4,
    SupplementRequested = 5,
    FeesRequested = 6,
    WithdrawalRequested = 7,
    Stopped = 8,
    Processed = 9,
    Returned = 10,
}

public static class DossierStatusNames
{
    /// <summary>The status as the portal names it to citizens.</summary>
    public static string Vietnamese(this DossierStatus status) => status switch
    {
        DossierStatus.Registered => "Mới đăng ký",
        DossierStatus.Received => "Được tiếp nhận",
        DossierStatus.NotReceived => "Không được tiếp nhận",
        DossierStatus.Processing => "Đang xử lý",
        DossierStatus.SupplementRequested => "Yêu cầu bổ sung giấy tờ",
        DossierStatus.FeesRequested => "Yêu cầu thực hiện nghĩa vụ tài chính",
        DossierStatus.WithdrawalRequested => "Công dân yêu cầu rút hồ sơ",
        DossierStatus.Stopped => "Dừng xử lý",
        DossierStatus.Processed => "Đã xử lý xong",
        DossierStatus.Returned => "Đã trả kết quả",
        _ => status.ToString(),
    };

    /// <summary>True when nothing more can happen to the dossier.</summary>
    public static bool IsFinal(this DossierStatus status) =>
        status is DossierStatus.NotReceived or DossierStatus.Stopped or DossierStatus.Returned;

    /// <summary>True while the clock waits for the applicant.</summary>
    public static bool IsWaitingForApplicant(this DossierStatus status) =>
        status is DossierStatus.SupplementRequested or DossierStatus.FeesRequested;
}
