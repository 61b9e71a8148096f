import { useEffect, useRef, useState } from "preact/hooks";
import { api, call, type Schemas } from "../api/client";
import { DossierTable } from "../components/DossierTable";
import { TextField } from "../components/Fields";
import { IntakeBook } from "./IntakeBook";
import type { Me } from "../auth";
import { Link, navigate } from "../router";

type Tab = "online" | "toReturn" | "book" | "search";

/**
 * The reception desk: the online dossiers waiting to be received (status 1), the results waiting to be handed back
 * (status 9), the intake book of a day (Mẫu 07), the search by code, name, citizen ID or phone, and the counter's day. F2 opens a new counter intake
 * and F3 goes to the search: a counter officer keeps their hands on the keyboard.
 */
export function ReceptionDesk(props: { me: Me; query: URLSearchParams }) {
    const [tab, setTab] = useState<Tab>(
        ((props.query.get("q") ? "search" : props.query.get("tab")) as Tab) || "online",
    );
    const [text, setText] = useState(props.query.get("q") ?? "");
    const [q, setQ] = useState(props.query.get("q") ?? "");
    const [day, setDay] = useState<Schemas["CounterDayView"] | null>(null);
    const search = useRef<HTMLInputElement>(null);

    useEffect(() => {
        call(api.GET("/api/center/today", {})).then(setDay, () => setDay(null));
    }, []);
    useEffect(() => {
        const keys = (e: KeyboardEvent) => {
            if (e.key === "F2" && props.me.role === "ReceptionOfficer") {
                e.preventDefault();
                navigate("/tiep-nhan/moi");
            } else if (e.key === "F3") {
                e.preventDefault();
                search.current?.focus();
            }
        };
        addEventListener("keydown", keys);
        return () => removeEventListener("keydown", keys);
    }, []);

    const tabs: [Tab, string][] = [
        ["online", "Hồ sơ trực tuyến chờ tiếp nhận"],
        ["toReturn", "Chờ trả kết quả"],
        ["book", "Sổ theo dõi hồ sơ (Mẫu 07)"],
    ];
    return (
        <section>
            <h1 tabIndex={-1}>Bàn tiếp nhận{props.me.intakePointName ? ` — ${props.me.intakePointName}` : ""}</h1>
            <div class="desk-head">
                {day && (
                    <dl class="counters" aria-label="Trong ngày hôm nay">
                        <div>
                            <dt>Đã tiếp nhận hôm nay</dt>
                            <dd>{day.received}</dd>
                        </div>
                        <div>
                            <dt>Đã trả kết quả hôm nay</dt>
                            <dd>{day.returned}</dd>
                        </div>
                    </dl>
                )}
                {props.me.role === "ReceptionOfficer" && (
                    <Link href="/tiep-nhan/moi" class="button primary">
                        Tiếp nhận hồ sơ mới (F2)
                    </Link>
                )}
            </div>
            <form
                role="search"
                class="search"
                onSubmit={(e) => {
                    e.preventDefault();
                    setQ(text.trim());
                    setTab("search");
                    history.replaceState(null, "", `/tiep-nhan?q=${encodeURIComponent(text.trim())}`);
                }}
            >
                <TextField
                    id="q"
                    label="Tìm hồ sơ (F3)"
                    hint="Mã hồ sơ, họ tên, số định danh cá nhân hoặc số điện thoại"
                    inputRef={search}
                    type="search"
                    value={text}
                    onValue={setText}
                />
                <button type="submit">Tìm</button>
            </form>
            <div class="tabs" role="tablist" aria-label="Danh sách hồ sơ">
                {tabs.map(([id, label]) => (
                    <button
                        key={id}
                        type="button"
                        role="tab"
                        id={`tab-${id}`}
                        aria-selected={tab === id}
                        aria-controls="dossier-list"
                        onClick={() => setTab(id)}
                    >
                        {label}
                    </button>
                ))}
                {q && (
                    <button
                        type="button"
                        role="tab"
                        id="tab-search"
                        aria-selected={tab === "search"}
                        aria-controls="dossier-list"
                        onClick={() => setTab("search")}
                    >
                        Kết quả tìm «{q}»
                    </button>
                )}
            </div>
            <div id="dossier-list" role="tabpanel" aria-labelledby={`tab-${tab}`}>
                {tab === "online" && (
                    <DossierTable
                        query={{ status: [1] }}
                        caption="Hồ sơ nộp trực tuyến đang chờ tiếp nhận"
                        empty="Không có hồ sơ nào chờ tiếp nhận."
                    />
                )}
                {tab === "toReturn" && (
                    <DossierTable
                        query={{ status: [9] }}
                        caption="Hồ sơ đã có kết quả, chờ trả cho người nộp"
                        empty="Không có kết quả nào chờ trả."
                    />
                )}
                {tab === "book" && day && (
                    <IntakeBook
                        intakePoint={day.intakePoint}
                        intakePointName={props.me.intakePointName ?? day.intakePoint}
                        today={day.day}
                    />
                )}
                {tab === "search" && q && (
                    <DossierTable query={{ q }} caption={`Hồ sơ tìm theo «${q}»`} empty="Không tìm thấy hồ sơ nào." />
                )}
            </div>
        </section>
    );
}
