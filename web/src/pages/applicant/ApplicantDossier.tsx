import { useEffect, useRef, useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { Done } from "../../components/Fields";
import type { Me } from "../../auth";
import { FormsCard } from "../../components/FormsCard";
import { Loaded, useLoad } from "../../components/Loaded";
import { Steps } from "../../components/Steps";
import { dateTime, vnd } from "../../format";
import { Link } from "../../router";
import { RatingForm } from "./RatingForm";
import { SupplementForm } from "./SupplementForm";
import { WithdrawForm } from "./WithdrawForm";

/**
 * A dossier as its applicant follows it: where it stands and when the result is due, what the center asks of them
 * (the papers to add, once, or the fees), the steps, the result, the forms to print, and, once the result is in their
 * hands, their rating of the service. They may withdraw it while it is not decided.
 */
export function ApplicantDossier(props: { me: Me; code: string }) {
    const path = { params: { path: { code: props.code } } };
    const state = useLoad<Schemas["DossierView"]>(() => call(api.GET("/api/dossiers/{code}", path)), props.code);
    // What the applicant just did, said at the top once the dossier is read again (the form that did it may be gone).
    const [notice, setNotice] = useState<string | null>(null);
    const noticeRef = useRef<HTMLDivElement>(null);
    useEffect(() => noticeRef.current?.focus(), [notice]);
    const changed = (message: string) => {
        setNotice(message);
        state.retry();
    };

    return (
        <section class="dossier">
            <p>
                <Link href="/cua-toi">← Hồ sơ của tôi</Link>
            </p>
            <h1 tabIndex={-1}>Hồ sơ {props.code}</h1>
            <Loaded state={state}>
                {(d) => (
                    <>
                        {notice && (
                            <div ref={noticeRef} tabIndex={-1}>
                                <Done>{notice}</Done>
                            </div>
                        )}
                        <p class="status-line">
                            <span class={`badge s${d.status}`}>{d.statusName}</span>
                        </p>
                        <div class="card">
                            <h2>Thông tin hồ sơ</h2>
                            <dl>
                                <dt>Thủ tục</dt>
                                <dd>{d.procedureName}</dd>
                                <dt>Ngày nộp</dt>
                                <dd>{dateTime(d.filedAt)}</dd>
                                <dt>Ngày tiếp nhận</dt>
                                <dd>{dateTime(d.receivedAt) || "Đang chờ bộ phận tiếp nhận kiểm tra"}</dd>
                                <dt>Hẹn trả kết quả</dt>
                                <dd>{dateTime(d.revisedAppointmentAt ?? d.appointmentAt) || "—"}</dd>
                                <dt>Nơi nhận kết quả</dt>
                                <dd>{d.resultPointName}</dd>
                                {d.result && (
                                    <>
                                        <dt>Kết quả giải quyết</dt>
                                        <dd>
                                            {d.result.outcome === "Refused"
                                                ? `Không giải quyết: ${d.result.reason ?? ""}`
                                                : `Đã giải quyết${d.result.reference ? `, số ${d.result.reference}` : ""}`}
                                            {d.status === 9 && " · Mời ông/bà nhận kết quả tại nơi đã chọn."}
                                        </dd>
                                    </>
                                )}
                            </dl>
                        </div>
                        {d.waiting?.kind === "Supplement" && d.actions.includes("provideSupplement") && (
                            <SupplementForm dossier={d} documents={d.requiredDocuments} onDone={changed} />
                        )}
                        {d.waiting?.kind === "Fees" && (
                            <div class="alert error" role="status">
                                <p>
                                    Đề nghị ông/bà thực hiện nghĩa vụ tài chính {vnd(d.waiting.amountVnd)}
                                    {d.waiting.reason ? ` (${d.waiting.reason})` : ""}. Thời gian chờ không tính vào
                                    thời hạn giải quyết.
                                </p>
                            </div>
                        )}
                        <div class="card">
                            <h2>Quá trình giải quyết</h2>
                            {d.steps.length === 0 && <p>Các bước giải quyết bắt đầu khi hồ sơ được tiếp nhận.</p>}
                            <Steps
                                steps={d.steps}
                                departmentName={(code) =>
                                    d.steps.find((s) => s.department === code)?.departmentName ?? code
                                }
                            />
                        </div>
                        <FormsCard code={d.code} forms={d.forms} />
                        {d.status === 10 && <RatingForm dossier={d} onDone={changed} />}
                        {d.actions.includes("requestWithdrawal") && <WithdrawForm dossier={d} onDone={changed} />}
                    </>
                )}
            </Loaded>
        </section>
    );
}
