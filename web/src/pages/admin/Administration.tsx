import { useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { Loaded, useLoad } from "../../components/Loaded";
import { dateTime } from "../../format";
import { CatalogImport } from "./CatalogImport";
import { Departments } from "./Departments";
import { HolidayNotices } from "./HolidayNotices";
import { ProcedureVersions } from "./ProcedureVersions";

const kinds: Record<string, string> = {
    Center: "Trung tâm",
    Branch: "Chi nhánh",
    CommunePoint: "Điểm tiếp nhận cấp xã",
};

const pointColumns: Column<Schemas["IntakePointView"]>[] = [
    { label: "Điểm tiếp nhận", value: (p) => p.name },
    { label: "Mã", value: (p) => p.code },
    { label: "Loại", value: (p) => kinds[p.kind] ?? p.kind },
];

const changeColumns: Column<Schemas["AdminChange"]>[] = [
    { label: "Thời điểm", value: (c) => dateTime(c.at) },
    { label: "Người thực hiện", value: (c) => c.actorName },
    { label: "Nội dung", value: (c) => c.summary },
];

/**
 * The province's administrators: the procedure catalog (import with a preview, each procedure's versions), the
 * departments and when they receive through the center, the year's holiday notices, the intake points, and the record
 * of every change.
 */
export function Administration() {
    const [changes, setChanges] = useState(0);
    const points = useLoad(() => call(api.GET("/api/intake-points", {})), "points");
    const log = useLoad(() => call(api.GET("/api/admin/changes", {})), `changes-${changes}`);
    const changed = () => setChanges((c) => c + 1);
    return (
        <section>
            <h1 tabIndex={-1}>Quản trị hệ thống</h1>
            <CatalogImport onChanged={changed} />
            <ProcedureVersions reload={changes} />
            <Departments onChanged={changed} />
            <HolidayNotices onChanged={changed} />
            <div class="card">
                <h2>Điểm tiếp nhận</h2>
                <p>
                    Các điểm tiếp nhận được khai báo trong cấu hình của Trung tâm (OneStop:Center:IntakePoints); thay
                    đổi có hiệu lực khi khởi động lại dịch vụ.
                </p>
                <Loaded state={points}>
                    {(list) => (
                        <DataTable
                            caption="Điểm tiếp nhận hồ sơ"
                            file="diem-tiep-nhan"
                            columns={pointColumns}
                            rows={list}
                            empty="Chưa có điểm tiếp nhận nào."
                        />
                    )}
                </Loaded>
            </div>
            <div class="card">
                <h2>Nhật ký thay đổi</h2>
                <Loaded state={log}>
                    {(list) => (
                        <DataTable
                            caption="Các thay đổi quản trị, mới nhất trước"
                            file="nhat-ky-quan-tri"
                            columns={changeColumns}
                            rows={list}
                            empty="Chưa có thay đổi nào."
                        />
                    )}
                </Loaded>
            </div>
        </section>
    );
}
