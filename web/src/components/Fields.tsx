import type { ComponentChildren, Ref } from "preact";
import { ApiError, NetworkError } from "../api/client";

/** What went wrong, said next to the fields it concerns; what concerns no field is said above the form. */
export interface Failure {
    message: string;
    fields: Record<string, string>;
    /** The request may be sent again as it was (a lost answer, a dossier being written). */
    retry: boolean;
}

export function failureOf(e: unknown): Failure {
    if (e instanceof ApiError) {
        const fields: Record<string, string> = {};
        for (const [field, messages] of Object.entries(e.problem.errors ?? {})) fields[field] = messages.join(" ");
        const message = Object.keys(fields).length > 0 ? "Vui lòng sửa các ô được đánh dấu." : e.message;
        return { message, fields, retry: e.status >= 500 || e.code === "request_conflict" };
    }
    if (e instanceof NetworkError) return { message: e.message, fields: {}, retry: true };
    return { message: "Đã có lỗi không mong muốn. Vui lòng thử lại.", fields: {}, retry: true };
}

/** What a control needs to be read with its label's hint and error. */
type Described = { id: string; "aria-describedby"?: string | undefined; "aria-invalid"?: boolean | undefined };

type FieldProps = {
    id: string;
    label: string;
    error?: string | undefined;
    hint?: string;
    children: (described: Described) => ComponentChildren;
};

/** A labelled control with its hint and its error, both read out with it. */
export function Field({ id, label, error, hint, children }: FieldProps) {
    const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
    return (
        <div class={`field${error ? " invalid" : ""}`}>
            <label for={id}>{label}</label>
            {hint && (
                <p id={`${id}-hint`} class="hint">
                    {hint}
                </p>
            )}
            {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
            {error && (
                <p id={`${id}-error`} class="error">
                    {error}
                </p>
            )}
        </div>
    );
}

/** The message above a form: what failed, and a retry when sending again is safe. */
export function FailureMessage(props: { failure: Failure | null; onRetry?: () => void }) {
    if (!props.failure) return null;
    return (
        <div class="alert error" role="alert">
            <p>{props.failure.message}</p>
            {props.failure.retry && props.onRetry && (
                <button type="button" onClick={props.onRetry}>
                    Gửi lại
                </button>
            )}
        </div>
    );
}

/** What just happened, announced to screen readers as well. */
export function Done(props: { children: ComponentChildren }) {
    return (
        <div class="alert done" role="status">
            {props.children}
        </div>
    );
}

type TextFieldProps = {
    id: string;
    label: string;
    value: string;
    onValue: (value: string) => void;
    error?: string | undefined;
    hint?: string;
    /** A box of several lines. */
    rows?: number;
    type?: "text" | "search" | "tel" | "email" | "date";
    name?: string;
    inputMode?: "numeric" | "text";
    autoComplete?: string;
    inputRef?: Ref<HTMLInputElement>;
};

/** A labelled text box (one line, or several with rows) bound to a value, with its hint and its error. */
export function TextField({
    rows,
    value,
    onValue,
    inputRef,
    type,
    name,
    inputMode,
    autoComplete,
    ...field
}: TextFieldProps) {
    return (
        <Field {...field}>
            {(a) =>
                rows ? (
                    <textarea {...a} rows={rows} value={value} onInput={(e) => onValue(e.currentTarget.value)} />
                ) : (
                    <input
                        {...a}
                        ref={inputRef}
                        // Preact types each input type apart; every one of these takes the same attributes.
                        type={(type ?? "text") as "text"}
                        name={name}
                        inputMode={inputMode}
                        autoComplete={autoComplete}
                        value={value}
                        onInput={(e) => onValue(e.currentTarget.value)}
                    />
                )
            }
        </Field>
    );
}

/** The kinds of file a paper may be scanned or written as (the server checks the content too). */
const paperTypes = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx";

/** A paper of a checklist: its label, its hint and error, and a field for one or more files of it. */
export function PaperFileField(props: {
    id: string;
    label: string;
    hint?: string;
    error?: string | undefined;
    onFiles: (files: File[]) => void;
}) {
    const { onFiles, ...field } = props;
    return (
        <Field {...field}>
            {(a) => (
                <input
                    {...a}
                    type="file"
                    multiple
                    accept={paperTypes}
                    onChange={(e) => onFiles(Array.from(e.currentTarget.files ?? []))}
                />
            )}
        </Field>
    );
}
