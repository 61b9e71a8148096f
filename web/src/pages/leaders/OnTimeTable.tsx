import type { Schemas } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { Link } from "../../router";
import { measures, percent, type Measure, type Period } from "./period";

export type Row = Schemas["OnTimeRowView"];
export type Lines = "department" | "procedure" | "intakePoint" | "week" | "month";

/** The figures of one line as numbers a total adds up. */
const counted: Measure[] = Object.keys(measures) as Measure[];

/** The line that adds up every line (where a dossier counts on one line only: not by department). */
export function totalOf(rows: Row[]): Row {
    const total: Row = { ...rows[0]!, key: "", name: "Cộng", finished: 0, onTimeRate: 1, onlineShare: 0 };
    for (const m of counted) total[m] = rows.reduce((sum, r) => sum + r[m], 0);
    total.finished = total.early + total.onTime + total.late;
    total.onTimeRate = total.finished === 0 ? 1 : (total.early + total.onTime) / total.finished;
    total.onlineShare = total.received === 0 ? 0 : total.online / total.received;
    return total;
}

/**
 * The Decision 766 report as a table: a line per department, procedure, intake point or period, every figure a link to
 * the dossiers behind it, and the same figures in its CSV.
 */
export function OnTimeTable(props: {
    caption: string;
    file: string;
    period: Period;
    lines: Lines;
    rows: Row[];
    show?: Measure[];
}) {
    const { period, lines } = props;
    const figure = (m: Measure): Column<Row> => ({
        label: measures[m],
        numeric: true,
        value: (r) => r[m],
        show: (r) =>
            r.key && r[m] > 0 ? (
                <Link
                    href={`/lanh-dao/ho-so?tu=${period.from}&den=${period.to}&theo=${lines}&ma=${encodeURIComponent(r.key)}&cot=${m}&ten=${encodeURIComponent(r.name)}`}
                    aria-label={`${r[m]} hồ sơ ${measures[m].toLowerCase()} — ${r.name}`}
                >
                    {r[m]}
                </Link>
            ) : (
                r[m]
            ),
    });
    const columns: Column<Row>[] = [
        { label: lines === "week" || lines === "month" ? "Kỳ" : "Tên", value: (r) => r.name },
        ...(props.show ?? counted).map(figure),
        // A rate of nothing is no rate: "—" on the page, an empty cell in the CSV.
        {
            label: "Tỷ lệ đúng hạn",
            numeric: true,
            value: (r) => (r.finished ? percent(r.onTimeRate) : ""),
            show: (r) => (r.finished ? percent(r.onTimeRate) : "—"),
        },
        {
            label: "Tỷ lệ trực tuyến",
            numeric: true,
            value: (r) => (r.received ? percent(r.onlineShare) : ""),
            show: (r) => (r.received ? percent(r.onlineShare) : "—"),
        },
    ];
    if (lines !== "week" && lines !== "month") columns.splice(1, 0, { label: "Mã", value: (r) => r.key });
    return (
        <DataTable
            caption={props.caption}
            file={props.file}
            columns={columns}
            rows={props.rows}
            empty="Không có hồ sơ nào trong kỳ này."
            {...((lines === "procedure" || lines === "intakePoint") && props.rows.length > 1
                ? { foot: totalOf(props.rows) }
                : {})}
        />
    );
}
