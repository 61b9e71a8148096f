import { api, call, type Schemas } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { Loaded, useLoad } from "../../components/Loaded";
import { date, dateTime } from "../../format";
import { Link } from "../../router";
import { day } from "./period";

type Behind = Schemas["ScoreDossierView"];

const ends: Record<Schemas["ScoreEnd"], string> = {
    Open: "Đang giải quyết",
    Result: "Đã có kết quả",
    Withdrawn: "Rút hồ sơ",
    Stopped: "Dừng xử lý",
};

/** What "meets the indicator" means for each one, in the column's heading. */
const meets: Record<string, string> = {
    onTime: "Đúng hạn",
    averageDays: "Đã giải quyết",
    papersAsFiles: "Thành phần đã số hóa",
    filedOnline: "Nộp trực tuyến",
    fullyOnline: "Trực tuyến toàn trình",
    satisfiedWithHandling: "Hài lòng",
};

/** The dossiers behind one figure of the scorecard: those it counts, with whether each meets the indicator. */
export function ScorecardFigure(props: { query: URLSearchParams }) {
    const q = props.query;
    const from = q.get("tu") ?? "";
    const to = q.get("den") ?? "";
    const by = q.get("theo") ?? "department";
    const indicator = q.get("chi-so") ?? "onTime";
    const key = q.get("ma") ?? "";
    const name = q.get("ten") ?? (key || "Toàn tỉnh");
    const state = useLoad(
        () =>
            call(
                api.GET("/api/reports/scorecard/dossiers", {
                    params: { query: { from, to, by, indicator, key: key || undefined } },
                }),
            ),
        q.toString(),
    );
    const columns: Column<Behind>[] = [
        {
            label: "Mã hồ sơ",
            value: (d) => d.code,
            show: (d) => <Link href={`/ho-so/${encodeURIComponent(d.code)}`}>{d.code}</Link>,
        },
        { label: "Thủ tục", value: (d) => d.procedureName },
        { label: "Nơi tiếp nhận", value: (d) => d.intakePointName },
        { label: "Tiếp nhận", value: (d) => dateTime(d.receivedAt) },
        { label: "Hẹn trả", value: (d) => date(d.appointment) },
        { label: "Tình trạng", value: (d) => ends[d.end] },
        { label: "Kết thúc xử lý", value: (d) => dateTime(d.endedAt) },
        { label: meets[indicator] ?? "Đạt", value: (d) => (d.meets ? "Có" : "Không") },
    ];
    return (
        <section>
            <p>
                <Link href={`/lanh-dao/chi-so-766?tu=${from}&den=${to}&theo=${by}`}>← Về bộ chỉ số</Link>
            </p>
            <h1 tabIndex={-1}>Hồ sơ của chỉ số — {name}</h1>
            <p>
                Kỳ đánh giá từ {day(from)} đến {day(to)}.
            </p>
            <Loaded state={state}>
                {(dossiers) => (
                    <DataTable
                        caption={`${dossiers.length} hồ sơ được tính; cột «${meets[indicator] ?? "Đạt"}» cho biết hồ sơ có đạt chỉ số không`}
                        file={`chi-so-${indicator}-${key || "toan-tinh"}-${from}-${to}`}
                        columns={columns}
                        rows={dossiers}
                        empty="Không có hồ sơ nào."
                    />
                )}
            </Loaded>
        </section>
    );
}
