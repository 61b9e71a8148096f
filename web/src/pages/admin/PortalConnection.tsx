import { useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { Done, FailureMessage, failureOf, type Failure } from "../../components/Fields";
import { Loaded, useLoad } from "../../components/Loaded";
import { dateTime } from "../../format";

const inboundModes: Record<string, string> = {
    Off: "Không nhận hồ sơ từ Cổng",
    Push: "Cổng đẩy hồ sơ sang hệ thống",
    Fetch: "Hệ thống định kỳ lấy hồ sơ từ Cổng",
};

/**
 * The connection to the National Public Service Portal: where it goes and how the portal's dossiers come in; the
 * dossiers whose reports stopped after failing again and again (the dead letters), each sent again from where it
 * stopped; and the portal's dossiers the center refused, each received again once the catalog allows.
 */
export function PortalConnection(props: { onChanged: () => void }) {
    const [reload, setReload] = useState(0);
    const [failure, setFailure] = useState<Failure | null>(null);
    const [done, setDone] = useState<string | null>(null);
    const state = useLoad(() => call(api.GET("/api/admin/portal", {})), `portal-${reload}`);
    const after = (message: string) => {
        setDone(message);
        setReload((r) => r + 1);
        props.onChanged();
    };
    const replay = async (code: string) => {
        setFailure(null);
        setDone(null);
        try {
            const sync = await call(
                api.POST("/api/admin/portal/dead-letters/{code}/replay", { params: { path: { code } } }),
            );
            after(
                sync.lastError
                    ? `Đã gửi lại hồ sơ ${code}; Cổng vẫn chưa nhận (${sync.lastError}), hệ thống sẽ tự thử lại.`
                    : `Đã gửi lại hồ sơ ${code}: Cổng đã nhận đủ tiến độ.`,
            );
        } catch (e) {
            setFailure(failureOf(e));
        }
    };
    const receiveAgain = async (code: string) => {
        setFailure(null);
        setDone(null);
        try {
            const receipt = await call(
                api.POST("/api/admin/portal/refusals/{code}/receive", { params: { path: { code } } }),
            );
            after(
                receipt.error_code === 0
                    ? `Đã tiếp nhận hồ sơ ${code} từ Cổng: số biên nhận ${receipt.SoBienNhan ?? ""}.`
                    : `Hồ sơ ${code} vẫn không tiếp nhận được: ${receipt.message}`,
            );
        } catch (e) {
            setFailure(failureOf(e));
        }
    };
    const deadColumns: Column<Schemas["PortalDeadLetterView"]>[] = [
        { label: "Mã hồ sơ", value: (d) => d.dossierCode },
        { label: "Mã trên Cổng", value: (d) => d.portalCode ?? "" },
        { label: "Số lần thử", value: (d) => d.attempts, numeric: true },
        { label: "Lỗi lần cuối", value: (d) => d.lastError ?? "" },
        { label: "Dừng lúc", value: (d) => dateTime(d.deadLetteredAt) },
        {
            label: "Thao tác",
            value: () => "",
            show: (d) => (
                <button type="button" onClick={() => replay(d.dossierCode)}>
                    Gửi lại<span class="visually-hidden"> hồ sơ {d.dossierCode}</span>
                </button>
            ),
        },
    ];
    const refusalColumns: Column<Schemas["PortalRefusalView"]>[] = [
        { label: "Mã hồ sơ trên Cổng", value: (r) => r.portalCode },
        { label: "Mã thủ tục", value: (r) => r.procedureCode },
        { label: "Lúc", value: (r) => dateTime(r.at) },
        { label: "Lý do", value: (r) => r.problems.join(" ") },
        {
            label: "Thao tác",
            value: () => "",
            show: (r) => (
                <button type="button" onClick={() => receiveAgain(r.portalCode)}>
                    Tiếp nhận lại<span class="visually-hidden"> hồ sơ {r.portalCode}</span>
                </button>
            ),
        },
    ];
    return (
        <div class="card">
            <h2>Kết nối Cổng Dịch vụ công quốc gia</h2>
            <Loaded state={state}>
                {(portal) => (
                    <>
                        <dl>
                            <dt>Tình trạng</dt>
                            <dd>{portal.enabled ? `Đang kết nối: ${portal.adapterUrl ?? ""}` : "Chưa kết nối"}</dd>
                            <dt>Hồ sơ nộp trên Cổng</dt>
                            <dd>
                                {inboundModes[portal.inbound] ?? portal.inbound}
                                {portal.intakePointCode ? `, vào nơi tiếp nhận ${portal.intakePointCode}` : ""}
                            </dd>
                        </dl>
                        <FailureMessage failure={failure} />
                        {done && <Done>{done}</Done>}
                        <DataTable
                            caption="Hồ sơ chưa báo được lên Cổng sau nhiều lần thử"
                            file="cong-dvcqg-bao-cao-loi"
                            columns={deadColumns}
                            rows={portal.deadLetters}
                            empty="Không có báo cáo nào đang dừng."
                        />
                        <DataTable
                            caption="Hồ sơ nộp trên Cổng mà hệ thống từ chối, kèm lý do"
                            file="cong-dvcqg-ho-so-tu-choi"
                            columns={refusalColumns}
                            rows={portal.refusals}
                            empty="Không có hồ sơ nào bị từ chối."
                        />
                    </>
                )}
            </Loaded>
        </div>
    );
}
