import { useEffect, useState } from "preact/hooks";
import { api, call, newKey, upload, type Schemas } from "../api/client";
import type { paths } from "../api/schema";
import type { Me } from "../auth";
import { Confirmation, useSteps } from "../components/Action";
import { Done, FailureMessage, Field, PaperFileField, TextField, failureOf, type Failure } from "../components/Fields";
import { FormPreview } from "../components/FormPreview";
import { ProcedurePicker } from "../components/ProcedurePicker";
import { dateTime, vnd } from "../format";
import { Link } from "../router";

type Applicant = {
    kind: "Citizen" | "Organization";
    fullName: string;
    citizenId: string;
    phone: string;
    address: string;
    email: string;
    taxCode: string;
};
const blank: Applicant = {
    kind: "Citizen",
    fullName: "",
    citizenId: "",
    phone: "",
    address: "",
    email: "",
    taxCode: "",
};
type SubmissionForm = paths["/api/dossiers"]["post"]["requestBody"]["content"]["multipart/form-data"]["form"];

/** Who files: an officer at the counter for a walk-in applicant, or the applicant from home. */
export type FilingMode = "counter" | "online";

const texts = {
    counter: {
        title: "Tiếp nhận hồ sơ tại quầy",
        check: "Kiểm tra và tiếp nhận",
        confirmTitle: "Sắp tiếp nhận hồ sơ",
        confirm: "Xác nhận tiếp nhận",
        after: "Hồ sơ sẽ được cấp mã, chuyển ngay đến các đơn vị giải quyết, và Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01) sẽ sẵn sàng để in.",
    },
    online: {
        title: "Nộp hồ sơ trực tuyến",
        check: "Kiểm tra và nộp hồ sơ",
        confirmTitle: "Sắp nộp hồ sơ",
        confirm: "Xác nhận nộp hồ sơ",
        after: "Hồ sơ sẽ được cấp mã và chuyển đến bộ phận tiếp nhận; cán bộ kiểm tra, tiếp nhận và hẹn ngày trả kết quả, hoặc hướng dẫn bổ sung một lần, đầy đủ.",
    },
};

/**
 * A dossier filed with its papers: by a walk-in applicant at the counter, or by the applicant online. The procedure,
 * its checklist of papers with a scan or file for each, the fees, the applicant; a summary to confirm; then the upload
 * with its progress and what happened: at the counter the receipt (Mẫu 01) ready to print, online the code to follow.
 * The whole page works from the keyboard; a lost connection keeps everything typed and the retry files nothing twice.
 */
export function Filing(props: { me: Me; mode: FilingMode }) {
    const online = props.mode === "online";
    const text = texts[props.mode];
    const [procedure, setProcedure] = useState<Schemas["ProcedureVersion"] | null>(null);
    const [files, setFiles] = useState<Record<string, File[]>>({});
    const [applicant, setApplicant] = useState<Applicant>(online ? { ...blank, fullName: props.me.name } : blank);
    const [channel, setChannel] = useState<"Counter" | "Post">("Counter");
    const [intakePoint, setIntakePoint] = useState(props.me.intakePoint ?? "");
    // At the counter the applicant may collect the result at another point of the province ("" = here).
    const [returnPoint, setReturnPoint] = useState("");
    const [points, setPoints] = useState<Schemas["IntakePointView"][]>([]);
    useEffect(() => {
        call(api.GET("/api/intake-points", {})).then(setPoints, () => setPoints([]));
    }, [online]);
    const { stage, setStage, key, confirm, done: summary } = useSteps<HTMLElement>();
    const [progress, setProgress] = useState(0);
    const [failure, setFailure] = useState<Failure | null>(null);
    const [filed, setFiled] = useState<Schemas["SubmissionView"] | null>(null);

    const choose = async (summary: Schemas["ProcedureSummary"]) => {
        setFiles({});
        setProcedure(await call(api.GET("/api/procedures/{code}", { params: { path: { code: summary.code } } })));
    };

    const check = (): Failure | null => {
        const fields: Record<string, string> = {};
        if (!procedure) fields.procedureCode = "Chọn thủ tục hành chính.";
        if (!applicant.fullName.trim()) fields["applicant.fullName"] = "Nhập họ tên người nộp hồ sơ.";
        if (!/^\d{12}$/.test(applicant.citizenId.trim()))
            fields["applicant.citizenId"] = "Số định danh cá nhân gồm 12 chữ số.";
        if (!applicant.phone.trim()) fields["applicant.phone"] = "Nhập số điện thoại.";
        if (!applicant.address.trim()) fields["applicant.address"] = "Nhập địa chỉ.";
        if (online && !intakePoint) fields.intakePointCode = "Chọn nơi tiếp nhận và trả kết quả.";
        for (const d of procedure?.documents ?? []) {
            if (d.mandatory && !files[d.code]?.length) fields[`documents.${d.code}`] = "Cần tệp quét của giấy tờ này.";
        }
        return Object.keys(fields).length
            ? { message: "Vui lòng sửa các ô được đánh dấu.", fields, retry: false }
            : null;
    };

    const send = async () => {
        if (!procedure) return;
        setStage("sending");
        setFailure(null);
        setProgress(0);
        const body = new FormData();
        const form = {
            procedureCode: procedure.code,
            applicant: {
                ...applicant,
                email: applicant.email.trim() || null,
                taxCode: applicant.kind === "Organization" ? applicant.taxCode.trim() || null : null,
            },
            channel: online ? "Online" : channel,
            intakePointCode: intakePoint,
            returnPointCode: online ? null : returnPoint || null,
        } satisfies SubmissionForm;
        body.append("form", JSON.stringify(form)); // a field, not a file: the server reads it before the files
        for (const [code, list] of Object.entries(files)) for (const f of list) body.append(code, f, f.name);
        try {
            setFiled(await upload<Schemas["SubmissionView"]>("/api/dossiers", body, key.current, setProgress));
            setStage("done");
        } catch (e) {
            setFailure(failureOf(e));
            setStage(failureOf(e).retry ? "confirming" : "filling");
        }
    };

    const next = () => {
        key.current = newKey();
        setProcedure(null);
        setFiles({});
        setApplicant(online ? { ...blank, fullName: props.me.name } : blank);
        setFiled(null);
        setStage("filling");
        setTimeout(() => document.getElementById("procedure")?.focus());
    };

    if (stage === "done" && filed && online) {
        return (
            <section ref={summary} tabIndex={-1} aria-labelledby="done-title">
                <h1 id="done-title">Đã nộp hồ sơ {filed.code}</h1>
                <Done>
                    <p>
                        Hồ sơ <strong>{filed.code}</strong>: {filed.statusName}. Bộ phận tiếp nhận sẽ kiểm tra hồ sơ;
                        kết quả kiểm tra được báo cho ông/bà và hiện trong «Hồ sơ của tôi».
                    </p>
                    <p>
                        Mã tra cứu: <strong>{filed.trackingSecret}</strong>. Ông/bà giữ mã này để tra cứu công khai tình
                        trạng hồ sơ.
                    </p>
                </Done>
                <div class="actions">
                    <Link href={`/ho-so/${encodeURIComponent(filed.code)}`} class="button primary">
                        Xem hồ sơ
                    </Link>
                    <Link href="/cua-toi" class="button">
                        Hồ sơ của tôi
                    </Link>
                </div>
            </section>
        );
    }
    if (stage === "done" && filed) {
        return (
            <section ref={summary} tabIndex={-1} aria-labelledby="done-title">
                <h1 id="done-title">Đã tiếp nhận hồ sơ {filed.code}</h1>
                <Done>
                    <p>
                        Hồ sơ <strong>{filed.code}</strong>: {filed.statusName}.
                        {filed.appointmentAt && <> Hẹn trả kết quả: {dateTime(filed.appointmentAt)}.</>}
                    </p>
                    <p>Mã tra cứu của người nộp: {filed.trackingSecret} (in trên phiếu tiếp nhận).</p>
                </Done>
                <div class="actions">
                    <button type="button" class="primary" onClick={next}>
                        Tiếp nhận hồ sơ tiếp theo
                    </button>
                    <Link href={`/ho-so/${encodeURIComponent(filed.code)}`} class="button">
                        Mở hồ sơ
                    </Link>
                </div>
                <FormPreview code={filed.code} form="mau-01" focusPrint />
            </section>
        );
    }

    const errors = failure?.fields ?? {};
    /**
     * A field of the applicant, with the error the check or the server gave it ("applicant.phone"). Called, not
     * rendered as a component of its own: a component made anew at each render would lose the typing's focus.
     */
    const applicantField = (p: {
        name: Exclude<keyof Applicant, "kind">;
        label: string;
        type?: "tel" | "email";
        inputMode?: "numeric";
    }) => (
        <TextField
            id={fieldId(`applicant.${p.name}`)}
            label={p.label}
            error={errors[`applicant.${p.name}`]}
            autoComplete="off"
            {...(p.type ? { type: p.type } : {})}
            {...(p.inputMode ? { inputMode: p.inputMode } : {})}
            value={applicant[p.name]}
            onValue={(value) => setApplicant({ ...applicant, [p.name]: value })}
        />
    );
    return (
        <section>
            <h1 tabIndex={-1}>{text.title}</h1>
            <form
                noValidate
                onSubmit={(e) => {
                    e.preventDefault();
                    const problems = check();
                    setFailure(problems);
                    if (problems) {
                        const first = Object.keys(problems.fields)[0] ?? "";
                        setTimeout(() =>
                            document.getElementById(first === "procedureCode" ? "procedure" : fieldId(first))?.focus(),
                        );
                    } else setStage("confirming");
                }}
            >
                <fieldset disabled={stage !== "filling"}>
                    <ProcedurePicker error={errors.procedureCode} onChoose={choose} />
                    {procedure && (
                        <div class="card">
                            <h2>Thành phần hồ sơ</h2>
                            <p>
                                Thời hạn giải quyết:{" "}
                                {procedure.timeLimit.unit === "WorkingDays"
                                    ? `${procedure.timeLimit.amount} ngày làm việc`
                                    : procedure.timeLimit.unit === "WorkingHours"
                                      ? `${procedure.timeLimit.amount} giờ làm việc`
                                      : "trong ngày"}
                                {procedure.fees.length > 0 && (
                                    <>
                                        {" "}
                                        · Phí, lệ phí:{" "}
                                        {procedure.fees.map((f) => `${f.name}: ${vnd(f.amountVnd)}`).join("; ")}
                                    </>
                                )}
                            </p>
                            <ol class="checklist">
                                {procedure.documents.map((d) => (
                                    <li key={d.code}>
                                        <PaperFileField
                                            id={fieldId(`documents.${d.code}`)}
                                            label={`${d.name}${d.mandatory ? " (bắt buộc)" : " (nếu có)"}`}
                                            hint={`${d.originals ?? 1} bản chính, ${d.copies ?? 0} bản sao`}
                                            error={errors[`documents.${d.code}`] ?? errors[d.code]}
                                            onFiles={(list) => setFiles({ ...files, [d.code]: list })}
                                        />
                                    </li>
                                ))}
                            </ol>
                        </div>
                    )}
                    <div class="card">
                        <h2>Người nộp hồ sơ</h2>
                        <div class="radios" role="radiogroup" aria-label="Loại người nộp">
                            <label>
                                <input
                                    type="radio"
                                    name="kind"
                                    checked={applicant.kind === "Citizen"}
                                    onChange={() => setApplicant({ ...applicant, kind: "Citizen" })}
                                />
                                Cá nhân
                            </label>
                            <label>
                                <input
                                    type="radio"
                                    name="kind"
                                    checked={applicant.kind === "Organization"}
                                    onChange={() => setApplicant({ ...applicant, kind: "Organization" })}
                                />
                                Tổ chức, doanh nghiệp
                            </label>
                        </div>
                        <div class="grid">
                            {applicantField({ name: "fullName", label: "Họ và tên" })}
                            {applicantField({ name: "citizenId", label: "Số định danh cá nhân", inputMode: "numeric" })}
                            {applicantField({ name: "phone", label: "Số điện thoại", type: "tel" })}
                            {applicantField({ name: "email", label: "Thư điện tử (nếu có)", type: "email" })}
                            {applicantField({ name: "address", label: "Địa chỉ" })}
                            {applicant.kind === "Organization" &&
                                applicantField({ name: "taxCode", label: "Mã số thuế" })}
                            {online ? (
                                <Field
                                    id={fieldId("intakePointCode")}
                                    label="Nơi tiếp nhận và trả kết quả"
                                    error={errors.intakePointCode}
                                >
                                    {(a) => (
                                        <select
                                            {...a}
                                            value={intakePoint}
                                            onChange={(e) => setIntakePoint(e.currentTarget.value)}
                                        >
                                            <option value="">— Chọn nơi nhận kết quả —</option>
                                            {points.map((p) => (
                                                <option key={p.code} value={p.code}>
                                                    {p.name}
                                                </option>
                                            ))}
                                        </select>
                                    )}
                                </Field>
                            ) : (
                                <>
                                    <Field
                                        id={fieldId("returnPointCode")}
                                        label="Nơi trả kết quả"
                                        error={errors.returnPointCode}
                                    >
                                        {(a) => (
                                            <select
                                                {...a}
                                                value={returnPoint}
                                                onChange={(e) => setReturnPoint(e.currentTarget.value)}
                                            >
                                                <option value="">Tại nơi tiếp nhận này</option>
                                                {points
                                                    .filter((p) => p.code !== intakePoint)
                                                    .map((p) => (
                                                        <option key={p.code} value={p.code}>
                                                            {p.name}
                                                        </option>
                                                    ))}
                                            </select>
                                        )}
                                    </Field>
                                    <Field id="channel" label="Hình thức nộp">
                                        {(a) => (
                                            <select
                                                {...a}
                                                value={channel}
                                                onChange={(e) =>
                                                    setChannel(e.currentTarget.value as "Counter" | "Post")
                                                }
                                            >
                                                <option value="Counter">Trực tiếp tại quầy</option>
                                                <option value="Post">Qua bưu chính</option>
                                            </select>
                                        )}
                                    </Field>
                                </>
                            )}
                        </div>
                    </div>
                    <FailureMessage failure={stage === "filling" ? failure : null} />
                    <button type="submit" class="primary">
                        {text.check}
                    </button>
                </fieldset>
            </form>
            {(stage === "confirming" || stage === "sending") && procedure && (
                <Confirmation
                    card
                    title={text.confirmTitle}
                    stage={stage}
                    failure={failure}
                    confirm={confirm}
                    confirmLabel={text.confirm}
                    onConfirm={send}
                    onBack={() => setStage("filling")}
                >
                    <p>
                        Thủ tục «{procedure.name}» của {applicant.fullName}, {Object.values(files).flat().length} tệp.{" "}
                        {text.after}
                    </p>
                    {procedure.fees.length > 0 && (
                        <p>
                            Phí, lệ phí phải nộp:{" "}
                            {procedure.fees.map((f) => `${f.name}: ${vnd(f.amountVnd)}`).join("; ")}.
                        </p>
                    )}
                    {stage === "sending" && (
                        <div class="progress">
                            <label for="upload-progress">Đang gửi tệp: {Math.round(progress * 100)}%</label>
                            <progress id="upload-progress" max={1} value={progress} />
                        </div>
                    )}
                </Confirmation>
            )}
        </section>
    );
}

/** An element id for a field the API names ("applicant.fullName" → "f-applicant-fullName"). */
const fieldId = (field: string) => `f-${field.replace(/[^A-Za-z0-9_-]/g, "-")}`;
