import { useState } from "preact/hooks";
import { fetchBlob } from "../api/client";
import { FailureMessage, TextField, failureOf, type Failure } from "../components/Fields";
import { PrintedPage } from "../components/FormPreview";
import { saveFile } from "../csv";

/**
 * The intake book (Mẫu số 07, sổ theo dõi hồ sơ) of the officer's intake point for a day: the printable page, and
 * the same lines as CSV for a spreadsheet. The center's today (as the server counts it) by default; any day can be
 * chosen.
 */
export function IntakeBook(props: { intakePoint: string; intakePointName: string; today: string }) {
    const [day, setDay] = useState(props.today);
    const [failure, setFailure] = useState<Failure | null>(null);
    const path = `/api/intake-points/${encodeURIComponent(props.intakePoint)}/book?day=${day}`;
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
    return (
        <div class="card">
            <h2>Sổ theo dõi hồ sơ (Mẫu 07) — {props.intakePointName}</h2>
            <div class="toolbar">
                <TextField id="book-day" label="Ngày tiếp nhận" type="date" value={day} onValue={setDay} />
                <button
                    type="button"
                    disabled={!valid}
                    onClick={async () => {
                        setFailure(null);
                        try {
                            saveFile(
                                `so-theo-doi-ho-so-${props.intakePoint}-${day}.csv`,
                                await fetchBlob(`${path}&format=csv`),
                            );
                        } catch (e) {
                            setFailure(failureOf(e));
                        }
                    }}
                >
                    Tải CSV
                </button>
            </div>
            <FailureMessage failure={failure} />
            {valid && <PrintedPage path={path} name="Mẫu 07 — Sổ theo dõi hồ sơ" />}
        </div>
    );
}
