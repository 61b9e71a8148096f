import { useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { FailureMessage, failureOf, type Failure } from "../../components/Fields";
import { ProcedurePicker } from "../../components/ProcedurePicker";
import { vnd } from "../../format";
import { day } from "../leaders/period";

type Version = Schemas["ProcedureVersion"];

const limit = (v: Version) =>
    v.timeLimit.unit === "WorkingDays"
        ? `${v.timeLimit.amount} ngày làm việc`
        : v.timeLimit.unit === "WorkingHours"
          ? `${v.timeLimit.amount} giờ làm việc`
          : "Trong ngày";

const columns: Column<Version>[] = [
    { label: "Phiên bản", value: (v) => v.version },
    { label: "Áp dụng từ", value: (v) => day(v.effectiveFrom) },
    { label: "Tên thủ tục", value: (v) => v.name },
    { label: "Thời hạn", value: limit },
    { label: "Phí, lệ phí", value: (v) => v.fees.map((f) => `${f.name}: ${vnd(f.amountVnd)}`).join("; ") || "Không" },
    { label: "Số giấy tờ", numeric: true, value: (v) => v.documents.length },
    { label: "Số bước", numeric: true, value: (v) => v.steps.length },
];

/** Every version of a procedure, as the catalog keeps them: a dossier keeps the version in force when it was filed. */
export function ProcedureVersions(props: { reload: number }) {
    const [versions, setVersions] = useState<{ name: string; list: Version[] } | null>(null);
    const [failure, setFailure] = useState<Failure | null>(null);
    const choose = async (p: Schemas["ProcedureSummary"]) => {
        setFailure(null);
        try {
            const list = await call(
                api.GET("/api/admin/procedures/{code}/versions", { params: { path: { code: p.code } } }),
            );
            setVersions({ name: p.name, list });
        } catch (e) {
            setFailure(failureOf(e));
        }
    };
    return (
        <div class="card" key={props.reload}>
            <h2>Các phiên bản của một thủ tục</h2>
            <ProcedurePicker onChoose={choose} />
            <FailureMessage failure={failure} />
            {versions && (
                <DataTable
                    caption={`Phiên bản của thủ tục «${versions.name}»`}
                    file="phien-ban-thu-tuc"
                    columns={columns}
                    rows={versions.list}
                    empty="Thủ tục chưa có phiên bản nào."
                />
            )}
        </div>
    );
}
