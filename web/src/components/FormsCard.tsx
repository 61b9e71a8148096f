import { useState } from "preact/hooks";
import { FormPreview, formNames } from "./FormPreview";

/** The dossier's forms, as the API lists them with the dossier, each shown on request with its print button. */
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
