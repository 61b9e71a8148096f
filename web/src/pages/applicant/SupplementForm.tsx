import { useState } from "preact/hooks";
import { upload, type Schemas } from "../../api/client";
import { Action } from "../../components/Action";
import { PaperFileField } from "../../components/Fields";

/**
 * What the center asked for, listed once, and a file field for each paper of the procedure: the applicant adds what
 * was asked, sees the upload's progress, and the dossier resumes where its clock stopped.
 */
export function SupplementForm(props: {
    dossier: Schemas["DossierView"];
    documents: Schemas["RequiredDocument"][];
    onDone: (message: string) => void;
}) {
    const [files, setFiles] = useState<Record<string, File[]>>({});
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [progress, setProgress] = useState<number | null>(null);
    const waiting = props.dossier.waiting!;
    const count = Object.values(files).flat().length;
    return (
        <div class="card">
            <h2>Yêu cầu bổ sung hồ sơ</h2>
            <p>Ông/bà cần bổ sung, hoàn thiện{waiting.reason ? ` (${waiting.reason})` : ""}:</p>
            <ul>
                {waiting.items.map((i) => (
                    <li key={i}>{i}</li>
                ))}
            </ul>
            <p>Thời gian chờ bổ sung không tính vào thời hạn giải quyết.</p>
            <Action
                title="Nộp giấy tờ bổ sung"
                validate={() => (count === 0 ? { files: "Chọn ít nhất một tệp giấy tờ bổ sung." } : null)}
                onFieldErrors={setErrors}
                consequence={() => (
                    <>
                        <p>
                            {count} tệp sẽ được nộp bổ sung cho hồ sơ {props.dossier.code}; hồ sơ tiếp tục được giải
                            quyết và ngày hẹn trả được tính lại.
                        </p>
                        {progress !== null && (
                            <div class="progress">
                                <label for="supplement-progress">Đang gửi tệp: {Math.round(progress * 100)}%</label>
                                <progress id="supplement-progress" max={1} value={progress} />
                            </div>
                        )}
                    </>
                )}
                confirmLabel="Xác nhận nộp bổ sung"
                perform={async (key) => {
                    const body = new FormData();
                    for (const [code, list] of Object.entries(files))
                        for (const f of list) body.append(code, f, f.name);
                    setProgress(0);
                    const d = await upload<Schemas["DossierView"]>(
                        `/api/dossiers/${encodeURIComponent(props.dossier.code)}/supplements`,
                        body,
                        key,
                        setProgress,
                    );
                    return <p>Đã nộp bổ sung. Trạng thái hồ sơ: {d.statusName}.</p>;
                }}
                onDone={() => props.onDone(`Đã nộp giấy tờ bổ sung cho hồ sơ ${props.dossier.code}.`)}
            >
                {errors.files && (
                    <p class="error" role="alert">
                        {errors.files}
                    </p>
                )}
                <ol class="checklist">
                    {props.documents.map((d) => (
                        <li key={d.code}>
                            <PaperFileField
                                id={`supplement-${d.code}`}
                                label={d.name}
                                error={errors[d.code]}
                                onFiles={(list) => setFiles({ ...files, [d.code]: list })}
                            />
                        </li>
                    ))}
                </ol>
            </Action>
        </div>
    );
}
