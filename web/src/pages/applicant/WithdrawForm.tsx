import { useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { Action } from "../../components/Action";
import { TextField } from "../../components/Fields";

/** The applicant withdraws the dossier: a reason if they wish, what it means, then the confirmation. */
export function WithdrawForm(props: { dossier: Schemas["DossierView"]; onDone: (message: string) => void }) {
    const [reason, setReason] = useState("");
    const [open, setOpen] = useState(false);
    if (!open)
        return (
            <p>
                <button type="button" onClick={() => setOpen(true)}>
                    Rút hồ sơ
                </button>
            </p>
        );
    return (
        <div class="card">
            <Action
                title="Rút hồ sơ"
                validate={() => null}
                onFieldErrors={() => undefined}
                consequence={() => (
                    <p>
                        Hồ sơ {props.dossier.code} sẽ dừng giải quyết và không thể tiếp tục; nếu cần, ông/bà nộp hồ sơ
                        mới.
                    </p>
                )}
                confirmLabel="Xác nhận rút hồ sơ"
                perform={async () => {
                    const d = await call(
                        api.POST("/api/dossiers/{code}/withdrawal", {
                            params: { path: { code: props.dossier.code } },
                            body: { reason: reason.trim() || null },
                        }),
                    );
                    return (
                        <p>
                            Đã rút hồ sơ {d.code}. Trạng thái: {d.statusName}.
                        </p>
                    );
                }}
                onDone={() => props.onDone(`Đã rút hồ sơ ${props.dossier.code}.`)}
            >
                <TextField
                    id="withdraw-reason"
                    label="Lý do rút hồ sơ (nếu có)"
                    rows={2}
                    value={reason}
                    onValue={setReason}
                />
            </Action>
        </div>
    );
}
