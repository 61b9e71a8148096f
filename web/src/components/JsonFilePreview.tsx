import { useState } from "preact/hooks";
import { Field, FailureMessage, failureOf, type Failure } from "./Fields";

/**
 * A JSON file an administrator chooses (a catalog, a holiday notice): read in the browser and sent to the server for a
 * preview of what applying it would change; nothing is written until it is applied.
 */
export function useJsonFilePreview<TFile, TPreview>(preview: (json: TFile) => Promise<TPreview>) {
    const [chosen, setChosen] = useState<{ name: string; json: TFile; preview: TPreview } | null>(null);
    const [failure, setFailure] = useState<Failure | null>(null);
    const [fileError, setFileError] = useState<string | undefined>();
    const choose = async (file: File | undefined) => {
        setChosen(null);
        setFailure(null);
        setFileError(undefined);
        if (!file) return;
        let json: TFile;
        try {
            json = JSON.parse(await file.text()) as TFile;
        } catch {
            setFileError("Tệp không phải JSON hợp lệ: chọn tệp theo định dạng của hệ thống.");
            return;
        }
        try {
            setChosen({ name: file.name, json, preview: await preview(json) });
        } catch (e) {
            setFailure(failureOf(e));
        }
    };
    return { chosen, failure, fileError, choose };
}

/** The file field of a previewed JSON file, with what went wrong reading or previewing it. */
export function JsonFileField(props: {
    id: string;
    label: string;
    hint: string;
    state: ReturnType<typeof useJsonFilePreview<unknown, unknown>>;
}) {
    return (
        <>
            <Field id={props.id} label={props.label} hint={props.hint} error={props.state.fileError}>
                {(a) => (
                    <input
                        {...a}
                        type="file"
                        accept=".json,application/json"
                        onChange={(e) => void props.state.choose(e.currentTarget.files?.[0])}
                    />
                )}
            </Field>
            <FailureMessage failure={props.state.failure} />
        </>
    );
}

/** Why a previewed file cannot be applied. */
export function Problems(props: { title: string; problems: string[] }) {
    return (
        <div class="alert error" role="alert">
            <p>{props.title}</p>
            <ul>
                {props.problems.map((p) => (
                    <li key={p}>{p}</li>
                ))}
            </ul>
        </div>
    );
}
