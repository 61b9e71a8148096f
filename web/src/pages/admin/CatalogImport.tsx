import { api, call, type Schemas } from "../../api/client";
import { Action } from "../../components/Action";
import { DataTable, type Column } from "../../components/DataTable";
import { JsonFileField, Problems, useJsonFilePreview } from "../../components/JsonFilePreview";
import { day } from "../leaders/period";

type ProcedureChange = Schemas["ProcedureChangeView"];

/** What each part of a procedure is called, as the preview says what changed. */
const parts: Record<string, string> = {
    name: "tên",
    competentDepartments: "cơ quan có thẩm quyền",
    documents: "thành phần hồ sơ",
    fees: "phí, lệ phí",
    timeLimit: "thời hạn giải quyết",
    onlineLevel: "mức dịch vụ trực tuyến",
    steps: "quy trình nội bộ",
    nationalCode: "mã thủ tục trên Cơ sở dữ liệu quốc gia",
};

function changeOf(p: ProcedureChange): string {
    if (p.kind === "New") return `Thêm mới, áp dụng từ ${day(p.effectiveFrom ?? "")}`;
    if (p.kind === "Unchanged") return "Không thay đổi";
    return `Phiên bản ${p.newVersion} thay phiên bản ${p.latestVersion}, áp dụng từ ${day(p.effectiveFrom ?? "")}; thay đổi: ${p.changed.map((c) => parts[c] ?? c).join(", ")}`;
}

const procedureColumns: Column<ProcedureChange>[] = [
    { label: "Thủ tục", value: (p) => p.name },
    { label: "Mã", value: (p) => p.code },
    { label: "Thay đổi", value: changeOf },
];

const departmentColumns: Column<Schemas["DepartmentChangeView"]>[] = [
    { label: "Đơn vị", value: (d) => d.name },
    { label: "Mã", value: (d) => d.code },
    {
        label: "Thay đổi",
        value: (d) =>
            d.kind === "New"
                ? `Thêm mới, tiếp nhận qua Trung tâm từ ${day(d.onboardedFrom)}`
                : d.kind === "Changed"
                  ? departmentChanges(d)
                  : "Không thay đổi",
    },
];

/** Only what differs: the onboarding day, the name, the electronic identifier (mã định danh điện tử). */
function departmentChanges(d: Schemas["DepartmentChangeView"]): string {
    const changes: string[] = [];
    if (d.onboardedFromBefore !== d.onboardedFrom)
        changes.push(`Tiếp nhận từ ${day(d.onboardedFrom)} (trước đây ${day(d.onboardedFromBefore ?? "")})`);
    if (d.nameBefore !== d.name) changes.push(`tên cũ «${d.nameBefore}»`);
    if (d.agencyBefore !== d.agency)
        changes.push(`mã định danh điện tử ${d.agency ?? "(không có)"} (trước đây ${d.agencyBefore ?? "không có"})`);
    return changes.join("; ");
}

/**
 * The catalog file an administrator imports: chosen, read in the browser, previewed by the server (what each procedure
 * and department would become, and from when), then applied after a confirmation. A file with problems is shown with
 * them and cannot be applied.
 */
export function CatalogImport(props: { onChanged: () => void }) {
    const state = useJsonFilePreview((json: Schemas["CatalogFile"]) =>
        call(api.POST("/api/admin/catalog/preview", { body: json })),
    );
    const file = state.chosen;
    const plan = file?.preview;
    const changed = plan?.procedures.filter((p) => p.kind !== "Unchanged") ?? [];
    return (
        <div class="card">
            <h2>Nhập danh mục thủ tục hành chính</h2>
            <JsonFileField
                id="catalog-file"
                label="Tệp danh mục (JSON)"
                hint="Hệ thống xem trước những thay đổi; chưa ghi gì cho đến khi bấm «Áp dụng»."
                state={state}
            />
            {plan && file && (
                <>
                    {plan.problems.length > 0 ? (
                        <Problems title={`Tệp «${file.name}» không thể áp dụng:`} problems={plan.problems} />
                    ) : (
                        <p role="status">
                            Tệp «{file.name}»: {changed.length} thủ tục thay đổi,{" "}
                            {plan.procedures.length - changed.length} thủ tục không đổi.
                        </p>
                    )}
                    <DataTable
                        caption="Thủ tục thay đổi khi áp dụng tệp"
                        file="xem-truoc-thu-tuc"
                        columns={procedureColumns}
                        rows={changed}
                        empty="Không thủ tục nào thay đổi."
                    />
                    <DataTable
                        caption="Đơn vị trong tệp"
                        file="xem-truoc-don-vi"
                        columns={departmentColumns}
                        rows={plan.departments.filter((d) => d.kind !== "Unchanged")}
                        empty="Không đơn vị nào thay đổi."
                    />
                    {plan.problems.length === 0 && (
                        <Action
                            title="Áp dụng danh mục"
                            validate={() => null}
                            onFieldErrors={() => undefined}
                            consequence={() => (
                                <p>
                                    {changed.length} thủ tục có phiên bản mới, áp dụng từ ngày ghi ở bảng trên; hồ sơ đã
                                    nộp giữ phiên bản khi nộp. Thay đổi có hiệu lực ngay, không cần khởi động lại.
                                </p>
                            )}
                            confirmLabel="Áp dụng"
                            perform={async () => {
                                const report = await call(api.POST("/api/admin/catalog", { body: file.json }));
                                return (
                                    <p>
                                        Đã áp dụng: {report.versionsAdded} phiên bản mới, {report.unchanged} thủ tục
                                        không đổi.
                                    </p>
                                );
                            }}
                            onDone={props.onChanged}
                        >
                            <p>Đã xem trước các thay đổi trên.</p>
                        </Action>
                    )}
                </>
            )}
        </div>
    );
}
