import { api, call, type Schemas } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { Loaded, useLoad } from "../../components/Loaded";
import { dateTime } from "../../format";
import { Link } from "../../router";

type Item = Schemas["WorkItemView"];

const hours = (h: number | null) => (h == null ? "" : `${Math.round(h * 10) / 10} giờ`);

const columns: Column<Item>[] = [
    {
        label: "Mã hồ sơ",
        value: (i) => i.code,
        show: (i) => <Link href={`/ho-so/${encodeURIComponent(i.code)}`}>{i.code}</Link>,
    },
    { label: "Thủ tục", value: (i) => i.procedureName },
    { label: "Bước", value: (i) => `${i.step}. ${i.stepName}` },
    { label: "Đơn vị", value: (i) => i.department },
    { label: "Hạn xử lý", value: (i) => dateTime(i.dueAt) },
    { label: "Thời gian làm việc còn lại", numeric: true, value: (i) => hours(i.workingHoursLeft) },
];

/** The steps overdue and those due within a working day, across the center, as of now. */
export function DeadlinesSection() {
    const state = useLoad(() => call(api.GET("/api/center/deadlines", {})), "deadlines");
    return (
        <>
            <h2>Hồ sơ quá hạn và sắp đến hạn</h2>
            <Loaded state={state}>
                {(d) => (
                    <>
                        <DataTable
                            caption={`Bước xử lý đã quá hạn (${d.overdue.length})`}
                            file="qua-han"
                            columns={columns}
                            rows={d.overdue}
                            empty="Không có bước xử lý nào quá hạn."
                        />
                        <DataTable
                            caption={`Bước xử lý sắp đến hạn trong một ngày làm việc (${d.dueSoon.length})`}
                            file="sap-den-han"
                            columns={columns}
                            rows={d.dueSoon}
                            empty="Không có bước xử lý nào sắp đến hạn."
                        />
                    </>
                )}
            </Loaded>
        </>
    );
}
