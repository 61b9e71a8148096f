import { useEffect, useState } from "preact/hooks";
import { api, call, fetchBlob, type Schemas } from "../api/client";
import type { Me } from "../auth";
import { FailureMessage, failureOf, type Failure } from "../components/Fields";
import { FormsCard } from "../components/FormsCard";
import { channels, dateTime, decisions, events, stepStates, urgencies } from "../format";
import { DepartmentActions } from "./dossier/DepartmentActions";
import { ReceptionActions } from "./dossier/ReceptionActions";

type Detail = Schemas["DossierDetail"];

/**
 * A dossier as an officer works on it: where it stands, the applicant, the papers (opened here), each step with its
 * time, the result, the forms, the history, and the actions the officer's role may take now.
 */
export function DossierPage(props: { me: Me; code: string }) {
    const [detail, setDetail] = useState<Detail | null>(null);
    const [failure, setFailure] = useState<Failure | null>(null);
    const [opened, setOpened] = useState<{ name: string; url: string } | null>(null);

    const load = async (): Promise<Detail | null> => {
        try {
            const d = await call(api.GET("/api/dossiers/{code}/detail", { params: { path: { code: props.code } } }));
            setDetail(d);
            return d;
        } catch (e) {
            setFailure(failureOf(e));
            return null;
        }
    };
    useEffect(() => {
        void load();
    }, [props.code]);
    useEffect(() => () => opened && URL.revokeObjectURL(opened.url), [opened]);

    const open = async (doc: Schemas["DocumentView"]) => {
        try {
            const blob = await fetchBlob(doc.href);
            setOpened({ name: doc.fileName, url: URL.createObjectURL(new Blob([blob], { type: doc.contentType })) });
        } catch (e) {
            setFailure(failureOf(e));
        }
    };

    if (failure && !detail) return <FailureMessage failure={failure} />;
    if (!detail) return <p aria-live="polite">Đang tải hồ sơ…</p>;
    const d = detail;
    return (
        <section class="dossier">
            <h1 tabIndex={-1}>Hồ sơ {d.code}</h1>
            <p class="status-line">
                <span class={`badge s${d.status}`}>{d.statusName}</span>
                {d.overdue && <span class="badge overdue">Quá hạn</span>}
                {d.owesApology && <span class="badge overdue">Cần xin lỗi, hẹn lại</span>}
            </p>
            <div class="columns">
                <div class="card">
                    <h2>Thông tin hồ sơ</h2>
                    <dl>
                        <dt>Thủ tục</dt>
                        <dd>{d.procedureName}</dd>
                        <dt>Nơi tiếp nhận</dt>
                        <dd>
                            {d.intakePointName} · {channels[d.channel] ?? d.channel}
                        </dd>
                        <dt>Nơi trả kết quả</dt>
                        <dd>{d.resultPointName}</dd>
                        {d.portalCode && (
                            <>
                                <dt>Mã trên Cổng DVCQG</dt>
                                <dd>{d.portalCode}</dd>
                            </>
                        )}
                        <dt>Ngày nộp</dt>
                        <dd>{dateTime(d.filedAt)}</dd>
                        <dt>Ngày tiếp nhận</dt>
                        <dd>{dateTime(d.receivedAt) || "Chưa tiếp nhận"}</dd>
                        <dt>Hẹn trả kết quả</dt>
                        <dd>{dateTime(d.promisedAt) || "—"}</dd>
                        {d.result && (
                            <>
                                <dt>Kết quả</dt>
                                <dd>
                                    {d.result.outcome === "Refused" ? "Từ chối giải quyết" : "Giải quyết"}
                                    {d.result.reference ? ` · số ${d.result.reference}` : ""}
                                    {d.result.reason ? ` · ${d.result.reason}` : ""}
                                </dd>
                            </>
                        )}
                    </dl>
                </div>
                <div class="card">
                    <h2>Người nộp hồ sơ</h2>
                    <dl>
                        <dt>Họ và tên</dt>
                        <dd>{d.applicantName}</dd>
                        <dt>Số định danh</dt>
                        <dd>{d.citizenId}</dd>
                        <dt>Điện thoại</dt>
                        <dd>{d.phone}</dd>
                        <dt>Địa chỉ</dt>
                        <dd>{d.address}</dd>
                        {d.email && (
                            <>
                                <dt>Thư điện tử</dt>
                                <dd>{d.email}</dd>
                            </>
                        )}
                    </dl>
                </div>
            </div>
            {props.me.role === "ReceptionOfficer" && (
                <ReceptionActions dossier={d} documents={d.requiredDocuments} onChanged={() => void load()} />
            )}
            {props.me.role === "DepartmentOfficer" && <DepartmentActions me={props.me} dossier={d} onChanged={load} />}
            <div class="card">
                <h2>Tài liệu</h2>
                {failure && <FailureMessage failure={failure} />}
                <ul class="documents">
                    {d.documents.map((doc) => (
                        <li key={doc.number}>
                            <button type="button" class="link" onClick={() => open(doc)}>
                                {doc.fileName}
                            </button>{" "}
                            <small>
                                {d.requiredDocuments.find((r) => r.code === doc.documentCode)?.name ?? doc.documentCode}{" "}
                                · {Math.ceil(doc.length / 1024)} KB
                            </small>
                        </li>
                    ))}
                </ul>
                {opened && (
                    <figure class="viewer">
                        <figcaption>
                            {opened.name}{" "}
                            <a href={opened.url} target="_blank" rel="noopener">
                                Mở trong thẻ mới
                            </a>
                        </figcaption>
                        <iframe title={`Tài liệu ${opened.name}`} src={opened.url} />
                    </figure>
                )}
            </div>
            <div class="card">
                <h2>Quá trình xử lý</h2>
                <div class="table-wrap">
                    <table>
                        <caption class="visually-hidden">Các bước xử lý</caption>
                        <thead>
                            <tr>
                                <th scope="col">Bước</th>
                                <th scope="col">Đơn vị</th>
                                <th scope="col">Trạng thái</th>
                                <th scope="col">Hạn</th>
                                <th scope="col">Đã dùng / còn lại (giờ làm việc)</th>
                            </tr>
                        </thead>
                        <tbody>
                            {d.steps.map((s) => (
                                <tr
                                    key={`${s.step}-${s.department}`}
                                    class={s.state === "Active" ? `urgency-${s.urgency}` : ""}
                                >
                                    <td>
                                        {s.step}. {s.name}
                                    </td>
                                    <td>{s.departmentName}</td>
                                    <td>
                                        {s.decision ? decisions[s.decision] : (stepStates[s.state] ?? s.state)}
                                        {s.state === "Active" && s.urgency !== "OnTrack" && (
                                            <span class={`badge ${s.urgency.toLowerCase()}`}>
                                                {" "}
                                                {urgencies[s.urgency]}
                                            </span>
                                        )}
                                    </td>
                                    <td>{dateTime(s.dueAt)}</td>
                                    <td>
                                        {s.hoursUsed ?? "—"} / {s.hoursLeft ?? "—"}
                                    </td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                </div>
            </div>
            <FormsCard code={d.code} forms={d.forms} />
            <div class="card">
                <h2>Lịch sử</h2>
                <div class="table-wrap">
                    <table>
                        <caption class="visually-hidden">Lịch sử hồ sơ</caption>
                        <thead>
                            <tr>
                                <th scope="col">Thời điểm</th>
                                <th scope="col">Sự việc</th>
                                <th scope="col">Người thực hiện</th>
                                <th scope="col">Trạng thái sau đó</th>
                            </tr>
                        </thead>
                        <tbody>
                            {d.history.map((h) => (
                                <tr key={h.sequence}>
                                    <td>{dateTime(h.at)}</td>
                                    <td>{events[h.event] ?? h.event}</td>
                                    <td>
                                        {h.actorName} ({h.actorRole}
                                        {h.department ? `, ${h.department}` : ""})
                                    </td>
                                    <td>{h.statusName}</td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                </div>
            </div>
        </section>
    );
}
