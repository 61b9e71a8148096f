import { api, call, type Schemas } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { Loaded, useLoad } from "../../components/Loaded";
import { day, periodQuery, type Period } from "./period";

type Count = Schemas["IntakeCountView"];
type PointDay = { day: string; intakePointName: string; counters: number; received: number; online: number };

const byCounter: Column<Count>[] = [
    { label: "Ngày", value: (c) => day(c.day) },
    { label: "Điểm tiếp nhận", value: (c) => c.intakePointName },
    { label: "Cán bộ tiếp nhận (quầy)", value: (c) => c.officerName },
    { label: "Hồ sơ tiếp nhận", numeric: true, value: (c) => c.received },
    { label: "Trong đó nộp trực tuyến", numeric: true, value: (c) => c.online },
];

const byPoint: Column<PointDay>[] = [
    { label: "Ngày", value: (p) => day(p.day) },
    { label: "Điểm tiếp nhận", value: (p) => p.intakePointName },
    { label: "Số quầy tiếp nhận", numeric: true, value: (p) => p.counters },
    { label: "Hồ sơ tiếp nhận", numeric: true, value: (p) => p.received },
    { label: "Trong đó nộp trực tuyến", numeric: true, value: (p) => p.online },
];

/** Each counter's lines of one intake point and day, added up. */
function perPoint(counts: Count[]): PointDay[] {
    const points = new Map<string, PointDay>();
    for (const c of counts) {
        const key = `${c.day}|${c.intakePoint}`;
        const p = points.get(key) ?? {
            day: c.day,
            intakePointName: c.intakePointName,
            counters: 0,
            received: 0,
            online: 0,
        };
        points.set(key, {
            ...p,
            counters: p.counters + 1,
            received: p.received + c.received,
            online: p.online + c.online,
        });
    }
    return [...points.values()];
}

/** Intake per intake point and per counter, per day of the period. */
export function IntakeSection(props: { period: Period }) {
    const { period } = props;
    const state = useLoad(
        () => call(api.GET("/api/reports/intake", { params: { query: { from: period.from, to: period.to } } })),
        periodQuery(period),
    );
    const span = `từ ${day(period.from)} đến ${day(period.to)}`;
    return (
        <>
            <h2>Tiếp nhận theo điểm tiếp nhận và theo quầy</h2>
            <Loaded state={state}>
                {(counts) => (
                    <>
                        <DataTable
                            caption={`Hồ sơ tiếp nhận mỗi ngày tại mỗi điểm tiếp nhận, ${span}`}
                            file={`tiep-nhan-theo-diem-${period.from}-${period.to}`}
                            columns={byPoint}
                            rows={perPoint(counts)}
                            empty="Chưa tiếp nhận hồ sơ nào trong kỳ này."
                        />
                        <DataTable
                            caption={`Hồ sơ tiếp nhận mỗi ngày tại mỗi quầy, ${span}`}
                            file={`tiep-nhan-theo-quay-${period.from}-${period.to}`}
                            columns={byCounter}
                            rows={counts}
                            empty="Chưa tiếp nhận hồ sơ nào trong kỳ này."
                        />
                    </>
                )}
            </Loaded>
        </>
    );
}
