import { useRef, useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { Action, ActionPanel } from "../../components/Action";
import { TextField } from "../../components/Fields";
import { dateTime, decisions, vnd } from "../../format";
import type { Me } from "../../auth";

type Detail = Schemas["DossierDetail"];
type Kind = "Approve" | "Reject" | "RequestSupplement" | "RequestFees" | "Delay";

/**
 * A department officer's decisions on their department's step under way: approve, reject with a reason, ask for a
 * supplement, ask for fees, or declare a delay with a new date (the text of Mẫu 04). The decision is handed to the
 * dossier's workflow; the page then follows the dossier until the step shows it.
 */
export function DepartmentActions(props: { me: Me; dossier: Detail; onChanged: () => Promise<Detail | null> }) {
    const d = props.dossier;
    // The step being decided stays named on the page after the decision moves the dossier on.
    const held = useRef(d.steps.find((s) => s.department === props.me.department && s.state === "Active"));
    const active = d.steps.find((s) => s.department === props.me.department && s.state === "Active");
    if (active) held.current = active;
    const step = held.current;
    const [kind, setKind] = useState<Kind | null>(null);
    const [note, setNote] = useState("");
    const [reference, setReference] = useState("");
    const [missing, setMissing] = useState("");
    const [fee, setFee] = useState("");
    const [newDate, setNewDate] = useState("");
    const [errors, setErrors] = useState<Record<string, string>>({});
    if (!step && !kind) return null;

    const lastStep = step ? step.step === Math.max(...d.steps.map((s) => s.step)) : false;
    const together = step ? d.steps.filter((s) => s.step === step.step).length > 1 : false;
    const items = () =>
        missing
            .split("\n")
            .map((l) => l.trim())
            .filter(Boolean);

    /** Waits (up to 15 s) for the workflow to apply the decision, then says how the step stands. */
    const follow = async (receipt: Schemas["DecisionReceiptView"]) => {
        for (let i = 0; i < 30; i++) {
            const now = await props.onChanged();
            const s = now?.steps.find((x) => x.step === step?.step && x.department === step?.department);
            if (s && s.state !== "Active") {
                return (
                    <p>
                        Bước «{s.name}» đã được ghi nhận: {decisions[s.decision ?? ""] ?? s.state}. Hồ sơ:{" "}
                        {now?.statusName}.
                    </p>
                );
            }
            if (now && now.status !== d.status) return <p>Đã ghi nhận. Hồ sơ: {now.statusName}.</p>;
            await new Promise((r) => setTimeout(r, 500));
        }
        return <p>{receipt.message}</p>;
    };

    const decide = (key: string, body: Omit<Schemas["StepDecisionRequest"], "step">) =>
        call(
            api.POST("/api/dossiers/{code}/decisions", {
                params: { path: { code: d.code }, header: { "Idempotency-Key": key } },
                body: { step: step!.step, ...body },
            }),
        ).then(follow);

    // What the officer may do now is the API's answer (the access policy and the engine), by action name.
    const deciding = d.actions.includes("departmentDecision");
    const kinds: [Kind, string][] = [
        ...(deciding
            ? ([
                  ["Approve", "Đồng ý"],
                  ["Reject", "Từ chối"],
                  ["RequestSupplement", "Yêu cầu bổ sung"],
                  ["RequestFees", "Yêu cầu nộp phí"],
              ] as [Kind, string][])
            : []),
        ...(d.actions.includes("declareDelay") ? ([["Delay", "Gia hạn, xin lỗi (Mẫu 04)"]] as [Kind, string][]) : []),
    ];
    const common = { onFieldErrors: setErrors, onDone: () => void props.onChanged() };
    const none = { note: null, missingItems: null, feeAmountVnd: null, resultReference: null };
    return (
        <ActionPanel
            id="department-actions"
            title={<>Xử lý bước «{step?.name}»</>}
            choosing="Chọn quyết định"
            choices={kinds}
            chosen={kind}
            onChoose={setKind}
            open={!!active}
            intro={
                step && (
                    <p>
                        Hạn xử lý của đơn vị: {dateTime(step.dueAt)}
                        {step.hoursLeft != null && <> · còn {step.hoursLeft} giờ làm việc</>}
                    </p>
                )
            }
        >
            {kind === "Approve" && (
                <Action
                    {...common}
                    title="Đồng ý"
                    confirmLabel="Xác nhận đồng ý"
                    validate={() => null}
                    consequence={() => (
                        <p>
                            Bước «{step?.name}» được đồng ý{note.trim() ? ` với ý kiến «${note.trim()}»` : ""}.{" "}
                            {together ? "Khi các đơn vị cùng bước đều đồng ý, h" : "H"}
                            {lastStep
                                ? "ồ sơ có kết quả và được chuyển về bộ phận tiếp nhận để trả cho người nộp."
                                : "ồ sơ được chuyển sang bước tiếp theo."}
                        </p>
                    )}
                    perform={(key) =>
                        decide(key, {
                            ...none,
                            decision: "Approve",
                            note: note.trim() || null,
                            resultReference: reference.trim() || null,
                        })
                    }
                >
                    <TextField id="note" label="Ý kiến (nếu có)" rows={2} value={note} onValue={setNote} />
                    {lastStep && (
                        <TextField
                            id="reference"
                            label="Số, ký hiệu văn bản kết quả"
                            value={reference}
                            onValue={setReference}
                        />
                    )}
                </Action>
            )}
            {kind === "Reject" && (
                <Action
                    {...common}
                    title="Từ chối giải quyết"
                    confirmLabel="Xác nhận từ chối"
                    validate={() => (note.trim() ? null : { note: "Nêu rõ lý do từ chối." })}
                    consequence={() => (
                        <p>
                            Hồ sơ bị từ chối giải quyết với lý do «{note.trim()}»: kết quả là văn bản từ chối, được
                            chuyển về bộ phận tiếp nhận để trả cho người nộp.
                        </p>
                    )}
                    perform={(key) => decide(key, { ...none, decision: "Reject", note: note.trim() })}
                >
                    <TextField
                        id="note"
                        label="Lý do từ chối"
                        error={errors.note}
                        rows={3}
                        value={note}
                        onValue={setNote}
                    />
                </Action>
            )}
            {kind === "RequestSupplement" && (
                <Action
                    {...common}
                    title="Yêu cầu bổ sung hồ sơ"
                    confirmLabel="Xác nhận yêu cầu bổ sung"
                    validate={() => (items().length ? null : { missingItems: "Ghi ít nhất một giấy tờ cần bổ sung." })}
                    consequence={() => (
                        <>
                            <p>
                                Thời gian giải quyết tạm dừng; người nộp nhận Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
                                (Mẫu 02) với các giấy tờ:
                            </p>
                            <ul>
                                {items().map((i) => (
                                    <li key={i}>{i}</li>
                                ))}
                            </ul>
                        </>
                    )}
                    perform={(key) =>
                        decide(key, {
                            ...none,
                            decision: "RequestSupplement",
                            note: note.trim() || null,
                            missingItems: items(),
                        })
                    }
                >
                    <TextField
                        id="missingItems"
                        label="Giấy tờ cần bổ sung (mỗi dòng một giấy tờ)"
                        error={errors.missingItems}
                        rows={3}
                        value={missing}
                        onValue={setMissing}
                    />
                    <TextField id="note" label="Lý do" rows={2} value={note} onValue={setNote} />
                </Action>
            )}
            {kind === "RequestFees" && (
                <Action
                    {...common}
                    title="Yêu cầu nộp phí, lệ phí"
                    confirmLabel="Xác nhận yêu cầu nộp phí"
                    validate={() =>
                        /^\d+$/.test(fee.trim()) && Number(fee) > 0
                            ? null
                            : { fee: "Nhập số tiền (đồng), chỉ gồm chữ số." }
                    }
                    consequence={() => (
                        <p>
                            Người nộp được yêu cầu nộp {vnd(Number(fee))}
                            {note.trim() ? ` (${note.trim()})` : ""}; hồ sơ chờ người nộp thực hiện nghĩa vụ tài chính.
                        </p>
                    )}
                    perform={(key) =>
                        decide(key, {
                            ...none,
                            decision: "RequestFees",
                            note: note.trim() || null,
                            feeAmountVnd: Number(fee),
                        })
                    }
                >
                    <TextField
                        id="fee"
                        label="Số tiền (đồng)"
                        error={errors.fee ?? errors.feeAmountVnd}
                        inputMode="numeric"
                        value={fee}
                        onValue={setFee}
                    />
                    <TextField id="note" label="Nội dung" value={note} onValue={setNote} />
                </Action>
            )}
            {kind === "Delay" && (
                <Action
                    {...common}
                    title="Gia hạn và xin lỗi người nộp (Mẫu 04)"
                    confirmLabel="Xác nhận hẹn lại"
                    validate={() => {
                        const e: Record<string, string> = {};
                        if (!newDate) e.newAppointment = "Chọn ngày hẹn trả mới.";
                        if (!note.trim()) e.reason = "Nêu lý do chậm trễ.";
                        return Object.keys(e).length ? e : null;
                    }}
                    consequence={() => (
                        <p>
                            Ngày hẹn trả kết quả đổi thành 17:00 ngày {newDate.split("-").reverse().join("/")}. Phiếu
                            xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) được lập với lý do «{note.trim()}».
                        </p>
                    )}
                    perform={async () => {
                        const view = await call(
                            api.POST("/api/dossiers/{code}/delay", {
                                params: { path: { code: d.code } },
                                body: { newAppointment: `${newDate}T17:00:00+07:00`, reason: note.trim() },
                            }),
                        );
                        return (
                            <p>
                                Đã hẹn lại: {dateTime(view.revisedAppointmentAt)}. Mẫu 04 đã sẵn sàng trong mục Biểu
                                mẫu.
                            </p>
                        );
                    }}
                >
                    <TextField
                        id="newAppointment"
                        label="Ngày hẹn trả mới"
                        error={errors.newAppointment}
                        type="date"
                        value={newDate}
                        onValue={setNewDate}
                    />
                    <TextField
                        id="reason"
                        label="Lý do chậm trễ (in trên Mẫu 04)"
                        error={errors.reason}
                        rows={3}
                        value={note}
                        onValue={setNote}
                    />
                </Action>
            )}
        </ActionPanel>
    );
}
