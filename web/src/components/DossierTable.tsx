import { useEffect, useState } from "preact/hooks";
import { api, call, type Schemas } from "../api/client";
import { channels, dateTime } from "../format";
import { Link } from "../router";
import { FailureMessage, failureOf, type Failure } from "./Fields";

export type DossierQuery = { status?: number[]; q?: string };

/**
 * One page of dossiers at a time, as the server pages them (never the whole store): "Trang sau" reads the next with
 * the server's continuation, "Trang trước" goes back through the ones already read.
 */
export function DossierTable(props: {
    query: DossierQuery;
    caption: string;
    empty: string;
    /** Where the pages come from: the officers' search, or an applicant's own dossiers. */
    source?: "/api/dossiers" | "/api/my/dossiers";
}) {
    const [pages, setPages] = useState<(string | undefined)[]>([undefined]);
    // The page shown carries its own number, so "Trang 2" is never written over the rows of page 1 while page 2 loads.
    const [shown, setShown] = useState<{ number: number; page: Schemas["DossierSearchPage"] } | null>(null);
    const [failure, setFailure] = useState<Failure | null>(null);
    const continuation = pages[pages.length - 1];
    const number = pages.length;
    const key = JSON.stringify(props.query);

    useEffect(() => setPages([undefined]), [key]);
    useEffect(() => {
        let current = true;
        setFailure(null);
        const query = { ...props.query, pageSize: 20, ...(continuation ? { continuation } : {}) };
        call(
            props.source === "/api/my/dossiers"
                ? api.GET("/api/my/dossiers", { params: { query } })
                : api.GET("/api/dossiers", { params: { query } }),
        )
            .then((p) => current && setShown({ number, page: p }))
            .catch((e) => current && setFailure(failureOf(e)));
        return () => {
            current = false;
        };
    }, [key, continuation]);

    if (failure) return <FailureMessage failure={failure} />;
    if (!shown) return <p aria-live="polite">Đang tải…</p>;
    const page = shown.page;
    // While the next page loads the buttons wait, so a second click cannot skip a page or repeat one.
    const loading = shown.number !== number;
    return (
        <div class="table-wrap">
            <table class="dossiers">
                <caption>{props.caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">Mã hồ sơ</th>
                        <th scope="col">Người nộp</th>
                        <th scope="col">Thủ tục</th>
                        <th scope="col">Hình thức</th>
                        <th scope="col">Ngày nộp</th>
                        <th scope="col">Trạng thái</th>
                        <th scope="col">Hẹn trả</th>
                    </tr>
                </thead>
                <tbody>
                    {page.items.length === 0 && (
                        <tr>
                            <td colSpan={7} class="empty">
                                {props.empty}
                            </td>
                        </tr>
                    )}
                    {page.items.map((d) => (
                        <tr key={d.code}>
                            <td class="code">
                                <Link href={`/ho-so/${encodeURIComponent(d.code)}`}>{d.code}</Link>
                            </td>
                            <td class="name">{d.applicantName}</td>
                            <td class="procedure">{d.procedureName}</td>
                            <td>{channels[d.channel] ?? d.channel}</td>
                            <td>{dateTime(d.filedAt)}</td>
                            <td>
                                <span class={`badge s${d.status}`}>{d.statusName}</span>
                            </td>
                            <td>{dateTime(d.appointmentAt)}</td>
                        </tr>
                    ))}
                </tbody>
            </table>
            <div class="pager">
                <button
                    type="button"
                    disabled={loading || pages.length === 1}
                    onClick={() => setPages(pages.slice(0, -1))}
                >
                    Trang trước
                </button>
                <span>Trang {shown.number}</span>
                <button
                    type="button"
                    disabled={loading || !page.continuation}
                    onClick={() => page.continuation && setPages([...pages, page.continuation])}
                >
                    Trang sau
                </button>
            </div>
        </div>
    );
}
