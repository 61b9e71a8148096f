import { api, call, type Schemas } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { Loaded, useLoad } from "../../components/Loaded";
import { channels, date, dateTime } from "../../format";
import { Link } from "../../router";
import { day, measures, type Measure } from "./period";

type Summary = Schemas["DossierSummary"];

const columns: Column<Summary>[] = [
    {
        label: "Mã hồ sơ",
        value: (d) => d.code,
        show: (d) => <Link href={`/ho-so/${encodeURIComponent(d.code)}`}>{d.code}</Link>,
    },
    { label: "Người nộp", value: (d) => d.applicantName },
    { label: "Thủ tục", value: (d) => d.procedureName },
    { label: "Hình thức", value: (d) => channels[d.channel] ?? d.channel },
    { label: "Tiếp nhận", value: (d) => dateTime(d.receivedAt) },
    { label: "Hẹn trả", value: (d) => date(d.appointmentAt) },
    { label: "Trạng thái", value: (d) => d.statusName },
];

/** The dossiers behind one figure of the leaders' dashboard: one line's column, for the same period. */
export function Figure(props: { query: URLSearchParams }) {
    const q = props.query;
    const from = q.get("tu") ?? "";
    const to = q.get("den") ?? "";
    const by = q.get("theo") ?? "department";
    const key = q.get("ma") ?? "";
    const measure = (q.get("cot") ?? "received") as Measure;
    const name = q.get("ten") ?? key;
    const state = useLoad(
        () => call(api.GET("/api/reports/on-time/dossiers", { params: { query: { from, to, by, key, measure } } })),
        q.toString(),
    );
    const title = `${measures[measure] ?? measure} — ${name}`;
    const back = `/lanh-dao?tu=${from}&den=${to}&theo=${by === "week" || by === "month" ? "department" : by}`;
    return (
        <section>
            <p>
                <Link href={back}>← Về trang theo dõi</Link>
            </p>
            <h1 tabIndex={-1}>{title}</h1>
            <p>
                Kỳ báo cáo từ {day(from)} đến {day(to)}.
            </p>
            <Loaded state={state}>
                {(dossiers) => (
                    <DataTable
                        caption={`${dossiers.length} hồ sơ: ${title.toLowerCase()}`}
                        file={`ho-so-${measure}-${key}-${from}-${to}`}
                        columns={columns}
                        rows={dossiers}
                        empty="Không có hồ sơ nào."
                    />
                )}
            </Loaded>
        </section>
    );
}
