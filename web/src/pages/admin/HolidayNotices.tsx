import { useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { Action } from "../../components/Action";
import { DataTable, type Column } from "../../components/DataTable";
import { JsonFileField, Problems, useJsonFilePreview } from "../../components/JsonFilePreview";
import { Loaded, useLoad } from "../../components/Loaded";
import { day } from "../leaders/period";

type Notice = Schemas["AnnualNotice"];

const origins: Record<Schemas["NoticeOrigin"], string> = {
    Published: "Văn bản đã công bố, kèm theo hệ thống",
    Configured: "Tệp cấu hình của tỉnh",
    Uploaded: "Quản trị viên áp dụng",
};

const status = (working: boolean) => (working ? "Ngày làm việc" : "Ngày nghỉ");

const changeColumns: Column<Schemas["DayChangeView"]>[] = [
    { label: "Ngày", value: (c) => day(c.date) },
    { label: "Hiện nay", value: (c) => status(c.workingBefore) },
    { label: "Theo thông báo", value: (c) => status(c.workingAfter) },
    { label: "Lý do", value: (c) => c.reason },
];

const noticeColumns: Column<Schemas["NoticeView"]>[] = [
    { label: "Năm", value: (n) => n.year },
    { label: "Văn bản", value: (n) => n.reference },
    { label: "Nguồn", value: (n) => origins[n.origin] },
    { label: "Ngày nghỉ", value: (n) => n.daysOff.map((d) => day(d.date)).join(", ") },
    { label: "Ngày làm bù", value: (n) => n.workingDays.map((d) => day(d.date)).join(", ") },
];

/**
 * The year's holiday notice (the government's notice on Tết and national holidays): uploaded as a file, the days it
 * changes shown against the calendar in force, then applied at once. The notices in force and the years still
 * without one are listed above.
 */
export function HolidayNotices(props: { onChanged: () => void }) {
    const [reload, setReload] = useState(0);
    const state = useLoad(() => call(api.GET("/api/admin/holiday-notices", {})), `notices-${reload}`);
    const file = useJsonFilePreview((json: Notice) =>
        call(api.POST("/api/admin/holiday-notices/preview", { body: json })),
    );
    const notice = file.chosen?.json;
    const preview = file.chosen?.preview;

    return (
        <div class="card">
            <h2>Thông báo nghỉ lễ hằng năm</h2>
            <Loaded state={state}>
                {(list) => (
                    <>
                        {list.yearsMissing.length > 0 && (
                            <p class="alert error" role="status">
                                Chưa có thông báo nghỉ lễ cho năm {list.yearsMissing.join(" và ")}: lịch làm việc chỉ
                                tính các ngày lễ theo luật, chưa có ngày nghỉ hoán đổi hay làm bù.
                            </p>
                        )}
                        <DataTable
                            caption="Thông báo nghỉ lễ đang áp dụng"
                            file="thong-bao-nghi-le"
                            columns={noticeColumns}
                            rows={list.notices}
                            empty="Chưa áp dụng thông báo nào."
                        />
                    </>
                )}
            </Loaded>
            <JsonFileField
                id="notice-file"
                label="Tệp thông báo của một năm (JSON)"
                hint="Gồm năm, số và ngày văn bản, các ngày nghỉ và ngày làm bù kèm lý do. Hệ thống xem trước các ngày thay đổi."
                state={file}
            />
            {preview && notice && (
                <>
                    {preview.problems.length > 0 ? (
                        <Problems title="Thông báo không thể áp dụng:" problems={preview.problems} />
                    ) : (
                        <>
                            <DataTable
                                caption={`Các ngày thay đổi theo thông báo năm ${preview.year} (${preview.reference})`}
                                file={`ngay-thay-doi-${preview.year}`}
                                columns={changeColumns}
                                rows={preview.changes}
                                empty="Thông báo không làm thay đổi ngày nào so với lịch hiện hành."
                            />
                            <Action
                                title="Áp dụng thông báo"
                                validate={() => null}
                                onFieldErrors={() => undefined}
                                consequence={() => (
                                    <p>
                                        Lịch làm việc năm {preview.year} đổi {preview.changes.length} ngày như bảng trên
                                        {preview.replaces ? ", thay cho thông báo đang áp dụng của năm này" : ""}; hạn
                                        xử lý tính từ nay theo lịch mới, không cần khởi động lại.
                                    </p>
                                )}
                                confirmLabel="Áp dụng thông báo"
                                perform={async () => {
                                    await call(api.POST("/api/admin/holiday-notices", { body: notice }));
                                    return <p>Đã áp dụng thông báo nghỉ lễ năm {preview.year}.</p>;
                                }}
                                onDone={() => {
                                    setReload((r) => r + 1);
                                    props.onChanged();
                                }}
                            >
                                <p>Đã xem trước các ngày thay đổi.</p>
                            </Action>
                        </>
                    )}
                </>
            )}
        </div>
    );
}
