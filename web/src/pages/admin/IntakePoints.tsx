import { useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { Done, Field, FailureMessage, TextField, failureOf, type Failure } from "../../components/Fields";
import { Loaded, useLoad } from "../../components/Loaded";

type Point = Schemas["IntakePointAdminView"];
type Kind = Point["kind"];

export const kinds: Record<Kind, string> = {
    Center: "Trung tâm",
    Branch: "Chi nhánh",
    CommunePoint: "Điểm tiếp nhận cấp xã",
};

const blank = { code: "", name: "", kind: "CommunePoint" as Kind, open: true };

/**
 * The center, its branches and the communes' reception points: added, renamed, or closed to new dossiers (a point is
 * never removed: its dossiers keep its code). A change is in force at once and recorded.
 */
export function IntakePoints(props: { onChanged: () => void }) {
    const [reload, setReload] = useState(0);
    const state = useLoad(() => call(api.GET("/api/admin/intake-points", {})), `points-${reload}`);
    const [form, setForm] = useState(blank);
    const [editing, setEditing] = useState(false);
    const [failure, setFailure] = useState<Failure | null>(null);
    const [saved, setSaved] = useState<string | null>(null);

    const save = async (e: Event) => {
        e.preventDefault();
        setFailure(null);
        setSaved(null);
        try {
            const point = await call(
                api.PUT("/api/admin/intake-points/{code}", {
                    params: { path: { code: form.code.trim() } },
                    body: { name: form.name, kind: form.kind, open: form.open },
                }),
            );
            setSaved(`Đã lưu điểm tiếp nhận ${point.name}.`);
            setForm(blank);
            setEditing(false);
            setReload((r) => r + 1);
            props.onChanged();
        } catch (err) {
            setFailure(failureOf(err));
        }
    };
    const errors = failure?.fields ?? {};
    return (
        <div class="card">
            <h2>Điểm tiếp nhận</h2>
            <Loaded state={state}>
                {(points) => (
                    <div class="table-wrap">
                        <table>
                            <caption class="visually-hidden">Các điểm tiếp nhận hồ sơ</caption>
                            <thead>
                                <tr>
                                    <th scope="col">Điểm tiếp nhận</th>
                                    <th scope="col">Mã</th>
                                    <th scope="col">Loại</th>
                                    <th scope="col">Tình trạng</th>
                                    <th scope="col">
                                        <span class="visually-hidden">Thao tác</span>
                                    </th>
                                </tr>
                            </thead>
                            <tbody>
                                {points.map((p) => (
                                    <tr key={p.code}>
                                        <th scope="row">{p.name}</th>
                                        <td>{p.code}</td>
                                        <td>{kinds[p.kind]}</td>
                                        <td>{p.open ? "Đang tiếp nhận" : "Ngừng tiếp nhận"}</td>
                                        <td>
                                            <button
                                                type="button"
                                                onClick={() => {
                                                    setForm({ code: p.code, name: p.name, kind: p.kind, open: p.open });
                                                    setEditing(true);
                                                    setTimeout(() => document.getElementById("point-name")?.focus());
                                                }}
                                            >
                                                Sửa<span class="visually-hidden"> {p.name}</span>
                                            </button>
                                        </td>
                                    </tr>
                                ))}
                            </tbody>
                        </table>
                    </div>
                )}
            </Loaded>
            <form class="action" noValidate onSubmit={save} aria-label="Thêm hoặc sửa điểm tiếp nhận">
                <fieldset>
                    <legend>{editing ? `Sửa điểm tiếp nhận ${form.code}` : "Thêm điểm tiếp nhận"}</legend>
                    <div class="grid">
                        {!editing && (
                            <TextField
                                id="point-code"
                                label="Mã điểm tiếp nhận"
                                hint="Chữ không dấu, chữ số, '-', ví dụ XA-PHUCXUAN"
                                error={errors.code}
                                value={form.code}
                                onValue={(code) => setForm({ ...form, code })}
                            />
                        )}
                        <TextField
                            id="point-name"
                            label="Tên điểm tiếp nhận"
                            error={errors.name}
                            value={form.name}
                            onValue={(name) => setForm({ ...form, name })}
                        />
                        <Field id="point-kind" label="Loại" error={errors.kind}>
                            {(a) => (
                                <select
                                    {...a}
                                    value={form.kind}
                                    onChange={(e) => setForm({ ...form, kind: e.currentTarget.value as Kind })}
                                >
                                    {(Object.keys(kinds) as Kind[]).map((k) => (
                                        <option key={k} value={k}>
                                            {kinds[k]}
                                        </option>
                                    ))}
                                </select>
                            )}
                        </Field>
                    </div>
                    <label class="check">
                        <input
                            type="checkbox"
                            checked={form.open}
                            onChange={(e) => setForm({ ...form, open: e.currentTarget.checked })}
                        />{" "}
                        Đang tiếp nhận hồ sơ mới
                    </label>
                    {errors.open && <p class="error">{errors.open}</p>}
                    <FailureMessage failure={failure} />
                    <div class="actions">
                        <button type="submit" class="primary">
                            Lưu điểm tiếp nhận
                        </button>
                        {editing && (
                            <button
                                type="button"
                                onClick={() => {
                                    setForm(blank);
                                    setEditing(false);
                                }}
                            >
                                Hủy
                            </button>
                        )}
                    </div>
                </fieldset>
            </form>
            {saved && <Done>{saved}</Done>}
        </div>
    );
}
