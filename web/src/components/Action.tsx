import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { newKey } from "../api/client";
import { Done, FailureMessage, failureOf, type Failure } from "./Fields";

export type Stage = "filling" | "confirming" | "sending" | "done";

/**
 * The steps of a confirmed action, shared by the dossier's actions and the counter intake: where it stands, its
 * Idempotency-Key (one from the first send to the last retry), and the focus moved to the confirm button, then to
 * what happened, so that the keyboard follows the officer.
 */
export function useSteps<T extends HTMLElement>() {
    const [stage, setStage] = useState<Stage>("filling");
    const key = useRef(newKey());
    const confirm = useRef<HTMLButtonElement>(null);
    const done = useRef<T>(null);
    useEffect(() => {
        if (stage === "confirming") confirm.current?.focus();
        if (stage === "done") done.current?.focus();
    }, [stage]);
    return { stage, setStage, key, confirm, done };
}

/**
 * One action on a dossier, in three steps: the officer fills in what it needs, reads what will happen and confirms,
 * then reads what happened. The request keeps one Idempotency-Key from the first send to the last retry.
 */
export function Action(props: {
    title: string;
    /** The fields; return the problems found before sending (field → message), or null. */
    children: ComponentChildren;
    validate: () => Record<string, string> | null;
    /** What will happen, in the officer's words, shown before the confirmation. */
    consequence: () => ComponentChildren;
    /** Sends the action; resolves with what happened. */
    perform: (idempotencyKey: string) => Promise<ComponentChildren>;
    onFieldErrors: (errors: Record<string, string>) => void;
    onDone: () => void;
    confirmLabel: string;
}) {
    const { stage, setStage, key, confirm, done } = useSteps<HTMLDivElement>();
    const [failure, setFailure] = useState<Failure | null>(null);
    const [outcome, setOutcome] = useState<ComponentChildren>(null);

    const send = async () => {
        setStage("sending");
        setFailure(null);
        try {
            setOutcome(await props.perform(key.current));
            setStage("done");
            props.onDone();
        } catch (e) {
            const f = failureOf(e);
            setFailure(f);
            props.onFieldErrors(f.fields);
            setStage(f.retry ? "confirming" : "filling");
        }
    };

    if (stage === "done") {
        return (
            <div ref={done} tabIndex={-1}>
                <Done>{outcome}</Done>
            </div>
        );
    }
    return (
        <form
            class="action"
            noValidate
            aria-label={props.title}
            onSubmit={(e) => {
                e.preventDefault();
                const problems = props.validate();
                props.onFieldErrors(problems ?? {});
                if (!problems) setStage("confirming");
            }}
        >
            <fieldset disabled={stage !== "filling"}>
                <legend>{props.title}</legend>
                {props.children}
                {stage === "filling" && <FailureMessage failure={failure} />}
                <button type="submit" class="primary">
                    Tiếp tục
                </button>
            </fieldset>
            {stage !== "filling" && (
                <div class="confirm" role="region" aria-label="Sẽ thực hiện">
                    <h3>Sẽ thực hiện</h3>
                    {props.consequence()}
                    <FailureMessage failure={stage === "confirming" ? failure : null} />
                    <div class="actions">
                        <button
                            type="button"
                            class="primary"
                            ref={confirm}
                            disabled={stage === "sending"}
                            onClick={send}
                        >
                            {failure?.retry ? "Gửi lại" : props.confirmLabel}
                        </button>
                        <button type="button" disabled={stage === "sending"} onClick={() => setStage("filling")}>
                            Quay lại
                        </button>
                    </div>
                </div>
            )}
        </form>
    );
}
