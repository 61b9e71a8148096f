import { useEffect, useRef, useState } from "preact/hooks";
import { api, call, type Schemas } from "../api/client";
import { TextField, failureOf, type Failure } from "../components/Fields";
import { Steps } from "../components/Steps";
import { dateTime } from "../format";

/**
 * The public look-up: a dossier's status, steps and promised date by its code and the secret printed on the receipt
 * (Mẫu 01); the QR code's link fills both in. Nothing about the person is shown or asked.
 */
export function Lookup(props: { query: URLSearchParams }) {
    const [code, setCode] = useState(props.query.get("code") ?? "");
    const [secret, setSecret] = useState(props.query.get("secret") ?? "");
    const [status, setStatus] = useState<Schemas["PublicStatusView"] | null>(null);
    const [failure, setFailure] = useState<Failure | null>(null);
    const [busy, setBusy] = useState(false);
    const result = useRef<HTMLDivElement>(null);

    const lookUp = async () => {
        const fields: Record<string, string> = {};
        if (!code.trim()) fields.code = "Vui lòng nhập mã hồ sơ.";
        if (!secret.trim()) fields.secret = "Vui lòng nhập mã tra cứu in trên phiếu tiếp nhận.";
        if (Object.keys(fields).length) return setFailure({ message: "", fields, retry: false });
        setBusy(true);
        setFailure(null);
        try {
            setStatus(
                await call(
                    api.GET("/api/status/{code}", {
                        params: { path: { code: code.trim() }, header: { "X-Tracking-Secret": secret.trim() } },
                    }),
                ),
            );
            setTimeout(() => result.current?.focus());
        } catch (e) {
            setStatus(null);
            setFailure(failureOf(e));
        } finally {
            setBusy(false);
        }
    };

    useEffect(() => {
        if (code && secret) void lookUp();
    }, []);

    return (
        <section class="lookup">
            <h1 tabIndex={-1}>Tra cứu tình trạng hồ sơ</h1>
            <form
                class="card"
                noValidate
                onSubmit={(e) => {
                    e.preventDefault();
                    void lookUp();
                }}
            >
                <TextField
                    id="code"
                    label="Mã hồ sơ"
                    error={failure?.fields.code}
                    hint="In trên phiếu tiếp nhận và hẹn trả kết quả"
                    name="code"
                    autoComplete="off"
                    value={code}
                    onValue={setCode}
                />
                <TextField
                    id="secret"
                    label="Mã tra cứu"
                    error={failure?.fields.secret}
                    name="secret"
                    autoComplete="off"
                    value={secret}
                    onValue={setSecret}
                />
                <button type="submit" class="primary" disabled={busy}>
                    {busy ? "Đang tra cứu…" : "Tra cứu"}
                </button>
                {failure?.message && (
                    <p class="alert error" role="alert">
                        {failure.message}
                    </p>
                )}
            </form>
            {status && (
                <div class="card result" ref={result} tabIndex={-1} aria-live="polite">
                    <p class="status-line">
                        <span class={`badge s${status.status}`}>{status.statusName}</span>
                    </p>
                    <dl>
                        <dt>Mã hồ sơ</dt>
                        <dd>{status.code}</dd>
                        <dt>Thủ tục</dt>
                        <dd>{status.procedureName}</dd>
                        {status.receivedAt && (
                            <>
                                <dt>Ngày tiếp nhận</dt>
                                <dd>{dateTime(status.receivedAt)}</dd>
                            </>
                        )}
                        {status.appointmentAt && (
                            <>
                                <dt>Hẹn trả kết quả</dt>
                                <dd>{dateTime(status.revisedAppointmentAt ?? status.appointmentAt)}</dd>
                            </>
                        )}
                    </dl>
                    <h2>Các bước xử lý</h2>
                    <Steps steps={status.steps} />
                </div>
            )}
        </section>
    );
}
