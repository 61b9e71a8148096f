import { useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { Done, FailureMessage, failureOf, type Failure } from "../../components/Fields";
import { Loaded, useLoad } from "../../components/Loaded";
import { day } from "../leaders/period";

/**
 * The departments and the date from which each receives dossiers through the center (a province brings them in by
 * phases): changed here, in force at once, recorded with who changed it.
 */
export function Departments(props: { onChanged: () => void }) {
    const [reload, setReload] = useState(0);
    const state = useLoad(() => call(api.GET("/api/admin/departments", {})), `departments-${reload}`);
    return (
        <div class="card">
            <h2>Đơn vị tiếp nhận qua Trung tâm</h2>
            <Loaded state={state}>
                {(departments) => (
                    <div class="table-wrap">
                        <table>
                            <caption class="visually-hidden">Đơn vị và ngày bắt đầu tiếp nhận qua Trung tâm</caption>
                            <thead>
                                <tr>
                                    <th scope="col">Đơn vị</th>
                                    <th scope="col">Mã</th>
                                    <th scope="col">Tiếp nhận qua Trung tâm từ</th>
                                    <th scope="col">Tình trạng</th>
                                </tr>
                            </thead>
                            <tbody>
                                {departments.map((d) => (
                                    <DepartmentRow
                                        key={`${d.code}-${d.onboardedFrom}`}
                                        department={d}
                                        onSaved={() => {
                                            setReload((r) => r + 1);
                                            props.onChanged();
                                        }}
                                    />
                                ))}
                            </tbody>
                        </table>
                    </div>
                )}
            </Loaded>
        </div>
    );
}

function DepartmentRow(props: { department: Schemas["DepartmentView"]; onSaved: () => void }) {
    const d = props.department;
    const [from, setFrom] = useState(d.onboardedFrom);
    const [failure, setFailure] = useState<Failure | null>(null);
    const [saved, setSaved] = useState(false);
    const id = `onboarded-${d.code}`;
    const save = async (e: Event) => {
        e.preventDefault();
        setFailure(null);
        try {
            await call(
                api.PUT("/api/admin/departments/{code}", {
                    params: { path: { code: d.code } },
                    body: { onboardedFrom: from },
                }),
            );
            setSaved(true);
            props.onSaved();
        } catch (err) {
            setFailure(failureOf(err));
        }
    };
    return (
        <tr>
            <th scope="row">{d.name}</th>
            <td>{d.code}</td>
            <td>
                <form class="inline" onSubmit={save} aria-label={`Ngày tiếp nhận của ${d.name}`}>
                    <label for={id} class="visually-hidden">
                        Tiếp nhận qua Trung tâm từ ngày — {d.name}
                    </label>
                    <input id={id} type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
                    <button type="submit" disabled={from === d.onboardedFrom || !from}>
                        Lưu<span class="visually-hidden"> — {d.name}</span>
                    </button>
                </form>
                <FailureMessage failure={failure} />
                {saved && <Done>Đã lưu.</Done>}
            </td>
            <td>{d.onboarded ? "Đang tiếp nhận" : `Từ ${day(d.onboardedFrom)}`}</td>
        </tr>
    );
}
