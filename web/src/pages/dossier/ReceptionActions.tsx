import { useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { Action, ActionPanel } from "../../components/Action";
import { Field, TextField } from "../../components/Fields";
import { FormPreview } from "../../components/FormPreview";
import { dateTime } from "../../format";

type Detail = Schemas["DossierDetail"];
type Kind = "receive" | "refuse" | "requestSupplement" | "return";

/**
 * What reception does to a dossier: receive an online dossier (then print Mẫu 01), refuse it (Mẫu 03), ask for every
 * missing paper at once (Mẫu 02), and hand back the result of a processed dossier (status 9 to 10).
 */
export function ReceptionActions(props: {
    dossier: Detail;
    documents: Schemas["RequiredDocument"][];
    onChanged: () => void;
}) {
    const d = props.dossier;
    const [kind, setKind] = useState<Kind | null>(null);
    const [reason, setReason] = useState("");
    const [missing, setMissing] = useState<string[]>([]);
    const [other, setOther] = useState("");
    const [method, setMethod] = useState<Schemas["ReturnMethod"]>("Counter");
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [printed, setPrinted] = useState<string | null>(null);

    // What the officer may do now is the API's answer (the access policy and the engine), by action name.
    const offered: [Kind, string, string][] = [
        ["receive", "receive", "Tiếp nhận"],
        ["requestSupplement", "requestSupplementAtReception", "Yêu cầu bổ sung (Mẫu 02)"],
        ["refuse", "refuseReception", "Từ chối tiếp nhận (Mẫu 03)"],
        ["return", "returnResult", "Trả kết quả"],
    ];
    const choices = offered
        .filter(([, action]) => d.actions.includes(action))
        .map(([k, , label]) => [k, label] as const);
    // After an action the dossier moves on; its outcome and form stay on the page.
    if (choices.length === 0 && !kind) return null;

    const items = () => [
        ...missing,
        ...other
            .split("\n")
            .map((l) => l.trim())
            .filter(Boolean),
    ];
    // A reception decision is a change of status and takes no Idempotency-Key: sent twice, the second is refused
    // by the dossier's status, and the page shows where the dossier stands.
    const decide = (body: Schemas["ReceptionRequest"]) =>
        call(api.POST("/api/dossiers/{code}/reception", { params: { path: { code: d.code } }, body }));

    return (
        <ActionPanel
            id="reception-actions"
            title="Xử lý tại bộ phận tiếp nhận"
            choosing="Chọn thao tác"
            choices={choices}
            chosen={kind}
            onChoose={setKind}
        >
            {kind === "receive" && (
                <Action
                    title="Tiếp nhận hồ sơ"
                    confirmLabel="Xác nhận tiếp nhận"
                    validate={() => null}
                    onFieldErrors={setErrors}
                    consequence={() => (
                        <p>
                            Hồ sơ {d.code} được tiếp nhận, ngày hẹn trả được tính theo thời hạn giải quyết, hồ sơ được
                            chuyển đến các đơn vị giải quyết, và Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01) được
                            lập để in.
                        </p>
                    )}
                    perform={async () => {
                        const view = await decide({ decision: "receive", reason: null, missingItems: null });
                        setPrinted("mau-01");
                        return (
                            <p>
                                Đã tiếp nhận hồ sơ {view.code}. Hẹn trả kết quả: {dateTime(view.appointmentAt)}.
                            </p>
                        );
                    }}
                    onDone={props.onChanged}
                >
                    <p>Kiểm tra đủ thành phần hồ sơ theo danh mục trước khi tiếp nhận.</p>
                </Action>
            )}
            {kind === "refuse" && (
                <Action
                    title="Từ chối tiếp nhận"
                    confirmLabel="Xác nhận từ chối"
                    validate={() => (reason.trim() ? null : { reason: "Nêu rõ lý do từ chối." })}
                    onFieldErrors={setErrors}
                    consequence={() => (
                        <p>
                            Hồ sơ {d.code} không được tiếp nhận. Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03) nêu
                            lý do «{reason.trim()}» được lập để gửi người nộp.
                        </p>
                    )}
                    perform={async () => {
                        await decide({ decision: "refuse", reason: reason.trim(), missingItems: null });
                        setPrinted("mau-03");
                        return <p>Đã từ chối tiếp nhận hồ sơ {d.code}.</p>;
                    }}
                    onDone={props.onChanged}
                >
                    <TextField
                        id="reason"
                        label="Lý do từ chối"
                        error={errors.reason}
                        rows={3}
                        value={reason}
                        onValue={setReason}
                    />
                </Action>
            )}
            {kind === "requestSupplement" && (
                <Action
                    title="Yêu cầu bổ sung, hoàn thiện hồ sơ"
                    confirmLabel="Xác nhận yêu cầu bổ sung"
                    validate={() =>
                        items().length ? null : { missingItems: "Chọn hoặc ghi ít nhất một giấy tờ cần bổ sung." }
                    }
                    onFieldErrors={setErrors}
                    consequence={() => (
                        <>
                            <p>
                                Người nộp nhận Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) liệt kê một lần đầy đủ
                                các giấy tờ sau; hồ sơ chờ người nộp bổ sung:
                            </p>
                            <ul>
                                {items().map((i) => (
                                    <li key={i}>{i}</li>
                                ))}
                            </ul>
                        </>
                    )}
                    perform={async () => {
                        await decide({
                            decision: "requestSupplement",
                            reason: reason.trim(),
                            missingItems: items(),
                        });
                        setPrinted("mau-02");
                        return <p>Đã yêu cầu bổ sung hồ sơ {d.code}.</p>;
                    }}
                    onDone={props.onChanged}
                >
                    <fieldset class="missing" aria-describedby={errors.missingItems ? "missing-error" : undefined}>
                        <legend>Giấy tờ cần bổ sung (chọn tất cả một lần)</legend>
                        {props.documents.map((doc) => (
                            <label key={doc.code}>
                                <input
                                    type="checkbox"
                                    checked={missing.includes(doc.name)}
                                    onChange={(e) =>
                                        setMissing(
                                            e.currentTarget.checked
                                                ? [...missing, doc.name]
                                                : missing.filter((m) => m !== doc.name),
                                        )
                                    }
                                />
                                {doc.name}
                            </label>
                        ))}
                        {errors.missingItems && (
                            <p id="missing-error" class="error">
                                {errors.missingItems}
                            </p>
                        )}
                    </fieldset>
                    <TextField
                        id="other"
                        label="Giấy tờ khác (mỗi dòng một giấy tờ)"
                        rows={2}
                        value={other}
                        onValue={setOther}
                    />
                    <TextField
                        id="supplement-reason"
                        label="Ghi chú cho người nộp"
                        rows={2}
                        value={reason}
                        onValue={setReason}
                    />
                </Action>
            )}
            {kind === "return" && (
                <Action
                    title="Trả kết quả"
                    confirmLabel="Xác nhận đã trả kết quả"
                    validate={() => null}
                    onFieldErrors={setErrors}
                    consequence={() => (
                        <p>
                            Kết quả {d.result?.reference ? `số ${d.result.reference} ` : ""}được ghi nhận đã trả cho{" "}
                            {d.applicantName} (
                            {method === "Counter" ? "tại quầy" : method === "Post" ? "qua bưu chính" : "trực tuyến"});
                            hồ sơ chuyển sang «Đã trả kết quả» và được tính đúng hạn hay trễ hạn theo ngày hẹn.
                        </p>
                    )}
                    perform={async () => {
                        const view = await call(
                            api.POST("/api/dossiers/{code}/return", {
                                params: { path: { code: d.code } },
                                body: { method },
                            }),
                        );
                        return (
                            <p>
                                Đã trả kết quả hồ sơ {view.code}: {view.statusName}.
                            </p>
                        );
                    }}
                    onDone={props.onChanged}
                >
                    <p>
                        Kết quả: {d.result?.outcome === "Refused" ? "văn bản từ chối giải quyết" : "kết quả giải quyết"}
                        {d.result?.reference ? (
                            <>
                                {" "}
                                số <strong>{d.result.reference}</strong>
                            </>
                        ) : null}
                        {d.result?.reason ? <> — {d.result.reason}</> : null}
                    </p>
                    <Field id="method" label="Hình thức trả">
                        {(a) => (
                            <select
                                {...a}
                                value={method}
                                onChange={(e) => setMethod(e.currentTarget.value as Schemas["ReturnMethod"])}
                            >
                                <option value="Counter">Tại quầy</option>
                                <option value="Post">Qua bưu chính</option>
                                <option value="Online">Trực tuyến</option>
                            </select>
                        )}
                    </Field>
                </Action>
            )}
            {printed && <FormPreview code={d.code} form={printed} focusPrint />}
        </ActionPanel>
    );
}
