import { useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { Action } from "../../components/Action";
import { TextField } from "../../components/Fields";

const scores: [number, string][] = [
    [5, "Rất hài lòng"],
    [4, "Hài lòng"],
    [3, "Bình thường"],
    [2, "Không hài lòng"],
    [1, "Rất không hài lòng"],
];

export const scoreName = (score: number) => scores.find(([s]) => s === score)?.[1] ?? String(score);

/** Once the result is in their hands, the applicant rates the service from 1 to 5, with a comment if they wish. */
export function RatingForm(props: { dossier: Schemas["DossierView"]; onDone: (message: string) => void }) {
    const [score, setScore] = useState<number | null>(null);
    const [comment, setComment] = useState("");
    const [error, setError] = useState<string | undefined>();
    const rated = props.dossier.rating;
    if (rated)
        return (
            <div class="card">
                <h2>Đánh giá của ông/bà</h2>
                <p>
                    {scoreName(rated.score)} ({rated.score}/5){rated.comment ? `: «${rated.comment}»` : ""}. Cảm ơn
                    ông/bà đã đánh giá.
                </p>
            </div>
        );
    return (
        <div class="card">
            <Action
                title="Đánh giá mức độ hài lòng"
                validate={() => (score ? null : { score: "Chọn một mức độ hài lòng." })}
                onFieldErrors={(e) => setError(e.score ?? e.Score)}
                consequence={() => (
                    <p>
                        Đánh giá «{scoreName(score ?? 0)}» cho hồ sơ {props.dossier.code} sẽ được gửi đến lãnh đạo Trung
                        tâm; mỗi hồ sơ được đánh giá một lần.
                    </p>
                )}
                confirmLabel="Gửi đánh giá"
                perform={async () => {
                    await call(
                        api.POST("/api/dossiers/{code}/rating", {
                            params: { path: { code: props.dossier.code } },
                            body: { score, comment: comment.trim() || null },
                        }),
                    );
                    return <p>Cảm ơn ông/bà đã đánh giá.</p>;
                }}
                onDone={() => props.onDone("Đã gửi đánh giá. Cảm ơn ông/bà.")}
            >
                <fieldset
                    class={`radios${error ? " invalid" : ""}`}
                    aria-describedby={error ? "score-error" : undefined}
                >
                    <legend>Ông/bà hài lòng thế nào với việc giải quyết hồ sơ này?</legend>
                    {scores.map(([s, name]) => (
                        <label key={s}>
                            <input type="radio" name="score" checked={score === s} onChange={() => setScore(s)} />
                            {name}
                        </label>
                    ))}
                    {error && (
                        <p id="score-error" class="error">
                            {error}
                        </p>
                    )}
                </fieldset>
                <TextField
                    id="rating-comment"
                    label="Ý kiến góp ý (nếu có)"
                    rows={3}
                    value={comment}
                    onValue={setComment}
                />
            </Action>
        </div>
    );
}
