import { useState } from "preact/hooks";
import { FormPreview, formNames } from "./FormPreview";

/** The forms a dossier has, by what happened to it (the events of its history, by their names). */
export function formsOf(received: boolean, events: string[]): string[] {
    const happened = new Set(events);
    const forms: string[] = [];
    if (received) forms.push("mau-01");
    if (happened.has("supplementRequested")) forms.push("mau-02");
    if (happened.has("receptionRefused")) forms.push("mau-03");
    if (happened.has("appointmentRevised")) forms.push("mau-04");
    if (happened.has("processingStopped")) forms.push("mau-05");
    if (received) forms.push("mau-06");
    if (happened.has("resultIssued")) forms.push("ket-qua");
    return forms;
}

/** The dossier's forms, each shown on request with its print button. */
export function FormsCard(props: { code: string; forms: string[] }) {
    const [form, setForm] = useState<string | null>(null);
    if (props.forms.length === 0) return null;
    return (
        <div class="card">
            <h2>Biểu mẫu</h2>
            <div class="choices" role="group" aria-label="Biểu mẫu">
                {props.forms.map((f) => (
                    <button
                        key={f}
                        type="button"
                        aria-pressed={form === f}
                        onClick={() => setForm(form === f ? null : f)}
                    >
                        {formNames[f]?.split(" — ")[0]}: {formNames[f]?.split(" — ")[1]}
                    </button>
                ))}
            </div>
            {form && <FormPreview code={props.code} form={form} />}
        </div>
    );
}
