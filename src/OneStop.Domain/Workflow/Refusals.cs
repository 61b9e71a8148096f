using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Workflow;

/// <summary>The reasons the engine refuses a signal: stable codes, messages in Vietnamese for the people who read them.</summary>
public static class Refusals
{
    public static Refusal NotPermitted(Actor actor) =>
        new("not_permitted", $"{actor.Role.Vietnamese()} không được thực hiện thao tác này đối với hồ sơ.");

    public static Refusal WrongStatus(DossierStatus status, string action) =>
        new("wrong_status", $"Hồ sơ đang ở trạng thái «{status.Vietnamese()}», không thể {action}.");

    public static Refusal ReasonRequired() =>
        new("reason_required", "Phải nêu rõ lý do.");

    public static Refusal ItemsRequired() =>
        new("items_required", "Phải liệt kê đầy đủ các giấy tờ cần bổ sung, hoàn thiện.");

    public static Refusal DocumentsRequired() =>
        new("documents_required", "Phải nộp ít nhất một giấy tờ bổ sung.");

    public static Refusal SupplementAlreadyRequestedAtReception() =>
        new("supplement_already_requested", "Hồ sơ đã được hướng dẫn bổ sung một lần khi tiếp nhận; chỉ có thể tiếp nhận hoặc từ chối tiếp nhận.");

    public static Refusal SupplementAlreadyRequestedByStep(DepartmentCode department, int step) =>
        new("supplement_already_requested", $"Đơn vị {department} đã yêu cầu bổ sung hồ sơ một lần ở bước {step + 1}; mỗi đơn vị chỉ hướng dẫn bổ sung một lần, đầy đủ các giấy tờ cần thiết.");

    public static Refusal RatingInvalid() =>
        new("rating_invalid", $"Mức độ hài lòng là một số từ 1 đến 5; ý kiến dài tối đa {RateService.MaxCommentLength} ký tự.");

    public static Refusal AlreadyRated() =>
        new("already_rated", "Ông/bà đã đánh giá hồ sơ này; mỗi hồ sơ được đánh giá một lần.");

    public static Refusal DepartmentNotOnboarded(DepartmentCode department) =>
        new("department_not_onboarded", $"Đơn vị {department} chưa tiếp nhận hồ sơ qua Trung tâm Phục vụ hành chính công.");

    public static Refusal NotAssigned(DepartmentCode department, int step) =>
        new("not_assigned", $"Bước {step + 1} của hồ sơ không được giao cho đơn vị {department}.");

    public static Refusal StepNotActive(int step) =>
        new("step_not_active", $"Bước {step + 1} chưa đến lượt xử lý hoặc đã kết thúc.");

    public static Refusal StepAlreadyDecided(int step) =>
        new("step_already_decided", $"Bước {step + 1} đã có quyết định khác; không thể quyết định lại.");

    public static Refusal WaitingForApplicant() =>
        new("waiting_for_applicant", "Hồ sơ đang chờ công dân bổ sung hoặc thực hiện nghĩa vụ tài chính.");

    public static Refusal FeeAmountInvalid() =>
        new("fee_amount_invalid", "Số tiền phải lớn hơn 0 đồng.");

    public static Refusal FeesInsufficient(long required) =>
        new("fees_insufficient", $"Số tiền đã nộp chưa đủ; cần nộp {VietnameseText.Money(required)}.");

    public static Refusal PaymentReferenceRequired() =>
        new("payment_reference_required", "Phải có mã chứng từ nộp tiền.");

    public static Refusal NewDateNotLater() =>
        new("new_date_not_later", "Ngày hẹn mới phải sau ngày hẹn hiện tại.");

    public static Refusal NewDateOutOfRange() =>
        new("new_date_out_of_range", "Ngày hẹn mới không được quá một năm sau ngày hẹn hiện tại.");

    public static Refusal ReturnMethodNotAllowed() =>
        new("return_method_not_allowed", "Hệ thống chỉ tự trả kết quả theo hình thức trực tuyến.");
}
