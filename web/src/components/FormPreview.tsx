import { useEffect, useRef, useState } from "preact/hooks";
import { fetchBlob } from "../api/client";
import { FailureMessage, failureOf, type Failure } from "./Fields";

export const formNames: Record<string, string> = {
    "mau-01": "Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    "mau-02": "Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    "mau-03": "Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ",
    "mau-04": "Mẫu 04 — Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
    "mau-05": "Mẫu 05 — Thông báo dừng giải quyết hồ sơ",
    "mau-06": "Mẫu 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ",
    "ket-qua": "Thông báo — Thông báo kết quả giải quyết hồ sơ",
};

/** A form of one dossier, as {@link PrintedPage} shows it. */
export function FormPreview(props: { code: string; form: string; focusPrint?: boolean }) {
    return (
        <PrintedPage
            path={`/api/dossiers/${encodeURIComponent(props.code)}/forms/${props.form}`}
            name={formNames[props.form] ?? props.form}
            focusPrint={props.focusPrint}
        />
    );
}

/**
 * A printed page as the server renders it (a form, the intake book), shown in a frame of its own (no script runs in
 * it) with a button that prints just the page. It is fetched with the user's token, so it works against either host.
 */
export function PrintedPage(props: { path: string; name: string; focusPrint?: boolean }) {
    const [html, setHtml] = useState<string | null>(null);
    const [failure, setFailure] = useState<Failure | null>(null);
    const frame = useRef<HTMLIFrameElement>(null);
    const print = useRef<HTMLButtonElement>(null);
    const name = props.name;

    useEffect(() => {
        setHtml(null);
        setFailure(null);
        fetchBlob(props.path)
            .then((b) => b.text())
            .then(setHtml, (e) => setFailure(failureOf(e)));
    }, [props.path]);
    useEffect(() => {
        if (html && props.focusPrint) print.current?.focus();
    }, [html]);

    if (failure) return <FailureMessage failure={failure} />;
    return (
        <figure class="form-preview">
            <figcaption>
                <span>{name}</span>
                <button
                    type="button"
                    ref={print}
                    disabled={!html}
                    onClick={() => frame.current?.contentWindow?.print()}
                >
                    In {name.split(" — ")[0]}
                </button>
            </figcaption>
            {html ? (
                <iframe ref={frame} title={name} srcDoc={html} sandbox="allow-same-origin allow-modals" />
            ) : (
                <p>Đang tạo phiếu…</p>
            )}
        </figure>
    );
}
