import { useEffect, useState } from "preact/hooks";
import { api, call, type Schemas } from "../api/client";
import type { Me } from "../auth";
import { FailureMessage, failureOf, type Failure } from "../components/Fields";
import { dateTime, urgencies } from "../format";
import { Link } from "../router";

/** A department officer's work: the department's steps under way, soonest due first, due-soon and overdue marked and counted. */
export function MyWork(props: { me: Me }) {
    const [work, setWork] = useState<Schemas["WorkView"] | null>(null);
    const [failure, setFailure] = useState<Failure | null>(null);
    useEffect(() => {
        call(api.GET("/api/my/work", {})).then(setWork, (e) => setFailure(failureOf(e)));
    }, []);

    return (
        <section>
            <h1 tabIndex={-1}>Công việc của tôi{props.me.departmentName ? ` — ${props.me.departmentName}` : ""}</h1>
            <FailureMessage failure={failure} />
            {work && (
                <>
                    <dl class="counters">
                        <div>
                            <dt>Đang xử lý</dt>
                            <dd>{work.items.length}</dd>
                        </div>
                        <div class="duesoon">
                            <dt>Sắp đến hạn</dt>
                            <dd>{work.dueSoon}</dd>
                        </div>
                        <div class="overdue">
                            <dt>Quá hạn</dt>
                            <dd>{work.overdue}</dd>
                        </div>
                    </dl>
                    <div class="table-wrap">
                        <table class="dossiers">
                            <caption>Hồ sơ đang chờ đơn vị xử lý, hạn gần nhất trước</caption>
                            <thead>
                                <tr>
                                    <th scope="col">Mã hồ sơ</th>
                                    <th scope="col">Thủ tục</th>
                                    <th scope="col">Bước</th>
                                    <th scope="col">Hạn xử lý</th>
                                    <th scope="col">Còn lại</th>
                                    <th scope="col">Tình trạng</th>
                                </tr>
                            </thead>
                            <tbody>
                                {work.items.length === 0 && (
                                    <tr>
                                        <td colSpan={6} class="empty">
                                            Không có hồ sơ nào đang chờ xử lý.
                                        </td>
                                    </tr>
                                )}
                                {work.items.map((i) => (
                                    <tr key={`${i.code}-${i.step}`} class={`urgency-${i.urgency}`}>
                                        <td class="code">
                                            <Link href={`/ho-so/${encodeURIComponent(i.code)}`}>{i.code}</Link>
                                        </td>
                                        <td class="procedure">{i.procedureName}</td>
                                        <td>
                                            {i.step}. {i.stepName}
                                        </td>
                                        <td>{dateTime(i.dueAt)}</td>
                                        <td>
                                            {i.workingHoursLeft != null ? `${i.workingHoursLeft} giờ làm việc` : "—"}
                                        </td>
                                        <td>
                                            <span class={`badge ${i.urgency.toLowerCase()}`}>
                                                {urgencies[i.urgency]}
                                            </span>
                                        </td>
                                    </tr>
                                ))}
                            </tbody>
                        </table>
                    </div>
                </>
            )}
        </section>
    );
}
