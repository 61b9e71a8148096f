import { useEffect, useState } from "preact/hooks";
import { api, call, type Schemas } from "../api/client";

/**
 * The procedure search at the counter, a combobox: type words of the name or the code, ↓/↑ to move, Enter to
 * choose. The server searches the catalog; only the first matches are listed.
 */
export function ProcedurePicker(props: {
    error?: string | undefined;
    onChoose: (p: Schemas["ProcedureSummary"]) => void;
}) {
    const [text, setText] = useState("");
    const [found, setFound] = useState<Schemas["ProcedureSummary"][]>([]);
    const [active, setActive] = useState(0);
    const [open, setOpen] = useState(false);

    useEffect(() => {
        // Only the answer to the text as it now stands is shown: an earlier search answering late is dropped.
        let current = true;
        const timer = setTimeout(() => {
            call(api.GET("/api/procedures", { params: { query: text.trim() ? { q: text.trim() } : {} } })).then(
                (list) => {
                    if (!current) return;
                    setFound(list.slice(0, 8));
                    setActive(0);
                },
                () => current && setFound([]),
            );
        }, 150);
        return () => {
            current = false;
            clearTimeout(timer);
        };
    }, [text]);

    const choose = (p: Schemas["ProcedureSummary"]) => {
        setText(p.name);
        setOpen(false);
        props.onChoose(p);
    };
    const keys = (e: KeyboardEvent) => {
        if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((active + 1) % Math.max(found.length, 1));
        } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((active - 1 + found.length) % Math.max(found.length, 1));
        } else if (e.key === "Enter" && open && found[active]) {
            e.preventDefault();
            choose(found[active]);
        } else if (e.key === "Escape") {
            setOpen(false);
        }
    };

    return (
        <div class={`field combobox${props.error ? " invalid" : ""}`}>
            <label for="procedure">Thủ tục hành chính</label>
            <p id="procedure-hint" class="hint">
                Gõ tên hoặc mã thủ tục, dùng phím ↓ ↑ để chọn, Enter để xác nhận
            </p>
            <input
                id="procedure"
                role="combobox"
                autoComplete="off"
                aria-autocomplete="list"
                aria-expanded={open && found.length > 0}
                aria-controls="procedure-list"
                aria-activedescendant={open && found[active] ? `procedure-${active}` : undefined}
                aria-describedby={`procedure-hint${props.error ? " procedure-error" : ""}`}
                aria-invalid={props.error ? true : undefined}
                value={text}
                onInput={(e) => {
                    setText(e.currentTarget.value);
                    setOpen(true);
                }}
                onKeyDown={keys}
                onBlur={() => setTimeout(() => setOpen(false), 150)}
            />
            {props.error && (
                <p id="procedure-error" class="error">
                    {props.error}
                </p>
            )}
            <ul id="procedure-list" role="listbox" aria-label="Thủ tục tìm thấy" hidden={!open || found.length === 0}>
                {found.map((p, i) => (
                    <li
                        key={p.code}
                        id={`procedure-${i}`}
                        role="option"
                        aria-selected={i === active}
                        onMouseDown={(e) => {
                            e.preventDefault();
                            choose(p);
                        }}
                    >
                        <span>{p.name}</span>
                        <small>
                            {p.code} · {p.timeLimit}
                        </small>
                    </li>
                ))}
            </ul>
        </div>
    );
}
