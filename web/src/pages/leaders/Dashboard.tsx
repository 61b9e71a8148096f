import { useState } from "preact/hooks";
import { api, call } from "../../api/client";
import { BarChart } from "../../components/BarChart";
import { TextField } from "../../components/Fields";
import { Loaded, useLoad } from "../../components/Loaded";
import { navigate } from "../../router";
import { AccessLogSection } from "./AccessLogSection";
import { DeadlinesSection } from "./DeadlinesSection";
import { IntakeSection } from "./IntakeSection";
import { OnTimeTable } from "./OnTimeTable";
import { SatisfactionSection } from "./SatisfactionSection";
import { day, groupings, percent, periodOf, periodQuery, type Grouping, type Period } from "./period";

const report = (p: Period, by: string) =>
    call(api.GET("/api/reports/on-time", { params: { query: { from: p.from, to: p.to, by } } }));

/**
 * The center's and the province's leaders: the Decision 766 on-time figures of a period by department, procedure or
 * intake point, received against finished per week, what is open and overdue by department, the applicants' satisfaction,
 * what falls due, the intake of each counter, and who read personal data. Every figure opens the dossiers behind it; every table downloads as CSV.
 */
export function Dashboard(props: { query: URLSearchParams }) {
    const period = periodOf(props.query);
    const [from, setFrom] = useState(period.from);
    const [to, setTo] = useState(period.to);
    const key = periodQuery(period);
    const byGroup = useLoad(() => report(period, period.by), key);
    const byWeek = useLoad(() => report(period, "week"), key);
    const byDepartment = useLoad(() => report(period, "department"), key);
    const show = (p: Period) => navigate(`/lanh-dao?${periodQuery(p)}`, true);
    const span = `từ ${day(period.from)} đến ${day(period.to)}`;

    return (
        <section class="dashboard">
            <h1 tabIndex={-1}>Theo dõi, đánh giá giải quyết thủ tục hành chính</h1>
            <form
                class="period"
                aria-label="Kỳ báo cáo"
                onSubmit={(e) => {
                    e.preventDefault();
                    show({ ...period, from, to });
                }}
            >
                <TextField id="from" label="Từ ngày" type="date" value={from} onValue={setFrom} />
                <TextField id="to" label="Đến ngày" type="date" value={to} onValue={setTo} />
                <button type="submit" class="primary">
                    Xem số liệu
                </button>
            </form>

            <h2>Tỷ lệ giải quyết đúng hạn</h2>
            <div class="tabs" role="group" aria-label="Xem theo">
                {(Object.keys(groupings) as Grouping[]).map((g) => (
                    <button
                        key={g}
                        type="button"
                        aria-pressed={period.by === g}
                        onClick={() => show({ ...period, by: g })}
                    >
                        Theo {groupings[g].toLowerCase()}
                    </button>
                ))}
            </div>
            <Loaded state={byGroup}>
                {(rows) => (
                    <>
                        <BarChart
                            caption={`Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn theo ${groupings[period.by].toLowerCase()}, ${span}`}
                            series={[{ name: "Tỷ lệ đúng hạn", tone: "good" }]}
                            bars={rows
                                .filter((r) => r.finished > 0)
                                .map((r) => ({ label: r.name, values: [r.onTimeRate] }))}
                            layout="grouped"
                            max={1}
                            format={percent}
                            empty="Chưa có hồ sơ nào giải quyết xong trong kỳ này."
                        />
                        <OnTimeTable
                            caption={`Tình hình giải quyết hồ sơ theo ${groupings[period.by].toLowerCase()}, ${span}`}
                            file={`dung-han-theo-${period.by}-${period.from}-${period.to}`}
                            period={period}
                            lines={period.by}
                            rows={rows}
                        />
                    </>
                )}
            </Loaded>

            <h2>Tiếp nhận và giải quyết theo tuần</h2>
            <Loaded state={byWeek}>
                {(rows) => (
                    <>
                        <BarChart
                            caption={`Hồ sơ tiếp nhận và hồ sơ đã giải quyết mỗi tuần, ${span}`}
                            series={[
                                { name: "Tiếp nhận", tone: "info" },
                                { name: "Đã giải quyết", tone: "good" },
                            ]}
                            bars={rows.map((r) => ({ label: r.name, values: [r.received, r.finished] }))}
                            layout="grouped"
                        />
                        <OnTimeTable
                            caption={`Tiếp nhận và giải quyết theo tuần, ${span}`}
                            file={`theo-tuan-${period.from}-${period.to}`}
                            period={period}
                            lines="week"
                            rows={rows}
                            show={["received", "carriedOver", "early", "onTime", "late", "withdrawn", "stopped"]}
                        />
                    </>
                )}
            </Loaded>

            <h2>Hồ sơ đang giải quyết theo đơn vị</h2>
            <Loaded state={byDepartment}>
                {(rows) => (
                    <>
                        <BarChart
                            caption={`Hồ sơ đang giải quyết trong hạn và quá hạn tại mỗi đơn vị, ${span}`}
                            series={[
                                { name: "Trong hạn", tone: "info" },
                                { name: "Quá hạn", tone: "bad" },
                            ]}
                            bars={rows
                                .filter((r) => r.openWithinLimit + r.openOverdue > 0)
                                .map((r) => ({ label: r.name, values: [r.openWithinLimit, r.openOverdue] }))}
                            layout="stacked"
                        />
                        <OnTimeTable
                            caption={`Hồ sơ đang giải quyết theo đơn vị, ${span}`}
                            file={`dang-giai-quyet-${period.from}-${period.to}`}
                            period={period}
                            lines="department"
                            rows={rows}
                            show={["openWithinLimit", "openOverdue"]}
                        />
                    </>
                )}
            </Loaded>

            <SatisfactionSection period={period} />
            <DeadlinesSection />
            <IntakeSection period={period} />
            <AccessLogSection period={period} />
        </section>
    );
}
