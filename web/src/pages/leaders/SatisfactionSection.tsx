import { api, call, type Schemas } from "../../api/client";
import { BarChart } from "../../components/BarChart";
import { DataTable, type Column } from "../../components/DataTable";
import { Loaded, useLoad } from "../../components/Loaded";
import { day, percent, periodQuery, type Period } from "./period";

type Row = Schemas["SatisfactionRowView"];

const columns: Column<Row>[] = [
    { label: "Tên", value: (r) => r.name },
    { label: "Mã", value: (r) => r.key },
    { label: "Lượt đánh giá", numeric: true, value: (r) => r.ratings },
    {
        label: "Điểm trung bình (1–5)",
        numeric: true,
        value: (r) => r.average.toLocaleString("vi-VN", { maximumFractionDigits: 2 }),
    },
    { label: "Tỷ lệ hài lòng (4–5)", numeric: true, value: (r) => percent(r.satisfiedShare) },
    ...[5, 4, 3, 2, 1].map((s) => ({ label: `${s} điểm`, numeric: true, value: (r: Row) => r.scores[s - 1] ?? 0 })),
    { label: "Ý kiến gần nhất", value: (r) => r.comments.slice(0, 3).join(" · ") },
];

/** The applicants' ratings of the dossiers returned in the period, by department or procedure (as the on-time table above). */
export function SatisfactionSection(props: { period: Period }) {
    const { period } = props;
    const by = period.by === "procedure" ? "procedure" : "department";
    const state = useLoad(
        () =>
            call(api.GET("/api/reports/satisfaction", { params: { query: { from: period.from, to: period.to, by } } })),
        `${periodQuery(period)}`,
    );
    const span = `từ ${day(period.from)} đến ${day(period.to)}`;
    const what = by === "procedure" ? "thủ tục" : "đơn vị";
    return (
        <>
            <h2>Mức độ hài lòng của người nộp hồ sơ</h2>
            <Loaded state={state}>
                {(rows) => (
                    <>
                        <BarChart
                            caption={`Điểm hài lòng trung bình theo ${what}, hồ sơ trả kết quả ${span}`}
                            series={[{ name: "Điểm trung bình", tone: "good" }]}
                            bars={rows.map((r) => ({ label: r.name, values: [r.average] }))}
                            layout="grouped"
                            max={5}
                            format={(v) => `${v.toLocaleString("vi-VN", { maximumFractionDigits: 2 })}/5`}
                            empty="Chưa có đánh giá nào cho hồ sơ trả kết quả trong kỳ này."
                        />
                        <DataTable
                            caption={`Đánh giá mức độ hài lòng theo ${what}, hồ sơ trả kết quả ${span}`}
                            file={`hai-long-theo-${by}-${period.from}-${period.to}`}
                            columns={columns}
                            rows={rows}
                            empty="Chưa có đánh giá nào trong kỳ này."
                        />
                    </>
                )}
            </Loaded>
        </>
    );
}
