// How the workspace writes times, money and states: Vietnam's time whatever the computer's zone, in Vietnamese.
const vietnam = 7 * 3600 * 1000;
const two = (n: number) => String(n).padStart(2, "0");

function parts(iso: string) {
    const local = new Date(new Date(iso).getTime() + vietnam);
    return {
        day: `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`,
        time: `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`,
    };
}

/** "14:30 ngày 25/11/2026". */
export function dateTime(iso: string | null | undefined): string {
    if (!iso) return "";
    const p = parts(iso);
    return `${p.time} ngày ${p.day}`;
}

/** "25/11/2026". */
export const date = (iso: string | null | undefined) => (iso ? parts(iso).day : "");

/** Today's date in Vietnam as yyyy-MM-dd. */
export function todayInVietnam(): string {
    const local = new Date(Date.now() + vietnam);
    return `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`;
}

export const vnd = (amount: number) => `${amount.toLocaleString("vi-VN")} đồng`;

export const stepStates: Record<string, string> = {
    Pending: "Chưa đến lượt",
    Active: "Đang xử lý",
    Approved: "Đã đồng ý",
    Rejected: "Không đồng ý",
    Cancelled: "Đã hủy",
};

export const urgencies: Record<string, string> = { OnTrack: "Trong hạn", DueSoon: "Sắp đến hạn", Overdue: "Quá hạn" };

export const decisions: Record<string, string> = {
    Approve: "Đồng ý",
    Reject: "Từ chối",
    RequestSupplement: "Yêu cầu bổ sung",
    RequestFees: "Yêu cầu nộp phí, lệ phí",
};

/** What a recorded read of personal data was, by the route that read it (the access log names routes). */
export const reads: Record<string, string> = {
    GetDossier: "Xem hồ sơ",
    GetDossierDetail: "Xem chi tiết hồ sơ",
    GetDocument: "Mở tệp giấy tờ",
    GetForm: "Xem, in biểu mẫu",
    GetTimeline: "Xem lịch sử hồ sơ",
    ChangeDossier: "Thao tác trên hồ sơ",
};

export const channels: Record<string, string> = { Counter: "Trực tiếp", Online: "Trực tuyến", Post: "Bưu chính" };

export const events: Record<string, string> = {
    dossierFiled: "Nộp hồ sơ",
    receptionRefused: "Từ chối tiếp nhận",
    dossierReceived: "Tiếp nhận hồ sơ",
    stepAssigned: "Chuyển xử lý",
    stepDecided: "Cho ý kiến xử lý",
    stepCancelled: "Hủy bước xử lý",
    supplementRequested: "Yêu cầu bổ sung",
    supplementProvided: "Đã bổ sung hồ sơ",
    feesRequested: "Yêu cầu nộp phí, lệ phí",
    feesPaid: "Đã nộp phí, lệ phí",
    stepOverdue: "Bước xử lý quá hạn",
    apologyDue: "Cần xin lỗi, hẹn lại",
    appointmentRevised: "Hẹn lại ngày trả kết quả",
    resultIssued: "Có kết quả giải quyết",
    resultReturned: "Trả kết quả",
    withdrawalRequested: "Yêu cầu rút hồ sơ",
    processingStopped: "Dừng xử lý",
};

export const roles: Record<string, string> = {
    Applicant: "Người nộp hồ sơ",
    ReceptionOfficer: "Cán bộ tiếp nhận",
    DepartmentOfficer: "Chuyên viên",
    Leader: "Lãnh đạo",
    Administrator: "Quản trị",
};
