import { useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { Loaded, useLoad } from "../../components/Loaded";
import { dateTime } from "../../format";
import { CatalogImport } from "./CatalogImport";
import { Departments } from "./Departments";
import { HolidayNotices } from "./HolidayNotices";
import { IntakePoints } from "./IntakePoints";
import { PortalConnection } from "./PortalConnection";
import { ProcedureVersions } from "./ProcedureVersions";

const changeColumns: Column<Schemas["AdminChange"]>[] = [
    { label: "Thời điểm", value: (c) => dateTime(c.at) },
    { label: "Người thực hiện", value: (c) => c.actorName },
    { label: "Nội dung", value: (c) => c.summary },
];

/**
 * The province's administrators: the procedure catalog (import with a preview, each procedure's versions), the
 * departments and when they receive through the center, the year's holiday notices, the intake points, the connection
 * to the national portal, and the record of every change.
 */
export function Administration() {
    const [changes, setChanges] = useState(0);
    const log = useLoad(() => call(api.GET("/api/admin/changes", {})), `changes-${changes}`);
    const changed = () => setChanges((c) => c + 1);
    return (
        <section>
            <h1 tabIndex={-1}>Quản trị hệ thống</h1>
            <CatalogImport onChanged={changed} />
            <ProcedureVersions reload={changes} />
            <Departments onChanged={changed} />
            <HolidayNotices onChanged={changed} />
            <IntakePoints onChanged={changed} />
            <PortalConnection onChanged={changed} />
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
