import { api, call, type Schemas } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { Loaded, useLoad } from "../../components/Loaded";
import { dateTime, reads } from "../../format";
import { Link } from "../../router";
import { day, periodQuery, type Period } from "./period";

type Read = Schemas["AccessRecordView"];

const columns: Column<Read>[] = [
    { label: "Thời điểm", value: (r) => dateTime(r.at) },
    { label: "Người đọc", value: (r) => r.actorName },
    { label: "Vai trò", value: (r) => r.actorRole },
    { label: "Đơn vị", value: (r) => r.department ?? "" },
    {
        label: "Hồ sơ",
        value: (r) => r.dossier,
        show: (r) => <Link href={`/ho-so/${encodeURIComponent(r.dossier)}`}>{r.dossier}</Link>,
    },
    { label: "Thao tác", value: (r) => reads[r.route] ?? r.route },
    { label: "Kết quả", value: (r) => (r.refused ? "Bị từ chối: ngoài phạm vi được xem" : "Đã xem") },
];

/** Who read which dossier's personal data in the period (Law 91/2025/QH15 asks that such reads be recorded). */
export function AccessLogSection(props: { period: Period }) {
    const { period } = props;
    const state = useLoad(
        () => call(api.GET("/api/access-log", { params: { query: { from: period.from, to: period.to } } })),
        periodQuery(period),
    );
    return (
        <>
            <h2>Nhật ký truy cập dữ liệu cá nhân</h2>
            <Loaded state={state}>
                {(reads) => (
                    <DataTable
                        caption={`Lượt đọc dữ liệu cá nhân của người nộp hồ sơ, từ ${day(period.from)} đến ${day(period.to)} (tối đa 1.000 lượt gần nhất)`}
                        file={`nhat-ky-truy-cap-${period.from}-${period.to}`}
                        columns={columns}
                        rows={reads}
                        empty="Không có lượt đọc nào trong kỳ này."
                    />
                )}
            </Loaded>
        </>
    );
}
