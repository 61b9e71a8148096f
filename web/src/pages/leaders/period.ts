// The period and grouping of the leaders' pages, kept in the page's address so that a drill-down, the back button
// and a shared link all come back to the same figures.
import { todayInVietnam } from "../../format";

export type Grouping = "department" | "procedure" | "intakePoint";

export interface Period {
    from: string;
    to: string;
    by: Grouping;
}

export const groupings: Record<Grouping, string> = {
    department: "Đơn vị",
    procedure: "Thủ tục",
    intakePoint: "Điểm tiếp nhận",
};

/** The period in the address, or this month up to today. */
export function periodOf(query: URLSearchParams): Period {
    const today = todayInVietnam();
    const by = query.get("theo");
    return {
        from: query.get("tu") ?? `${today.slice(0, 8)}01`,
        to: query.get("den") ?? today,
        by: by === "procedure" || by === "intakePoint" ? by : "department",
    };
}

export const periodQuery = (p: Period) => `tu=${p.from}&den=${p.to}&theo=${p.by}`;

/** "01/11/2026" from "2026-11-01". */
export const day = (iso: string) => iso.split("-").reverse().join("/");

export const percent = (rate: number) => `${(rate * 100).toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%`;

/** What each column of the on-time report is called, and the measure that drills into it. */
export const measures = {
    received: "Tiếp nhận trong kỳ",
    carriedOver: "Kỳ trước chuyển sang",
    early: "Trước hạn",
    onTime: "Đúng hạn",
    late: "Quá hạn",
    openWithinLimit: "Đang giải quyết trong hạn",
    openOverdue: "Đang giải quyết quá hạn",
    withdrawn: "Rút hồ sơ",
    stopped: "Dừng xử lý",
    online: "Nộp trực tuyến",
} as const;

export type Measure = keyof typeof measures;
