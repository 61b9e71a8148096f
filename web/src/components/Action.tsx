import type { ComponentChildren, RefObject } from "preact";
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
                <Confirmation
                    title="Sẽ thực hiện"
                    stage={stage}
                    failure={failure}
                    confirm={confirm}
                    confirmLabel={props.confirmLabel}
                    onConfirm={send}
                    onBack={() => setStage("filling")}
                >
                    {props.consequence()}
                </Confirmation>
            )}
        </form>
    );
}

/**
 * What will happen, read before it is sent: the consequence, the failure of the last send, and the confirm button
 * (which says "Gửi lại" once a send may be retried with the same key) beside the way back to the fields.
 */
export function Confirmation(props: {
    title: string;
    stage: Stage;
    failure: Failure | null;
    confirm: RefObject<HTMLButtonElement | null>;
    confirmLabel: string;
    onConfirm: () => void;
    onBack: () => void;
    /** A card of its own with a second-level heading (a page's summary), or part of the action's form. */
    card?: boolean;
    children: ComponentChildren;
}) {
    const sending = props.stage === "sending";
    const Heading = props.card ? "h2" : "h3";
    return (
        <div class={props.card ? "card confirm" : "confirm"} role="region" aria-label={props.title}>
            <Heading>{props.title}</Heading>
            {props.children}
            <FailureMessage failure={props.stage === "confirming" ? props.failure : null} />
            <div class="actions">
                <button type="button" class="primary" ref={props.confirm} disabled={sending} onClick={props.onConfirm}>
                    {props.failure?.retry ? "Gửi lại" : props.confirmLabel}
                </button>
                <button type="button" disabled={sending} onClick={props.onBack}>
                    Quay lại
                </button>
            </div>
        </div>
    );
}

/**
 * A dossier's panel of actions: its heading, what it says about the work at hand, the buttons that choose one of the
 * actions the API offers (hidden when none is offered now), and the chosen action below.
 */
export function ActionPanel<K extends string>(props: {
    id: string;
    title: ComponentChildren;
    /** Names the group of choice buttons for screen readers. */
    choosing: string;
    choices: readonly (readonly [K, string])[];
    chosen: K | null;
    onChoose: (kind: K) => void;
    /** Whether the choices are shown (the work may have moved on while its outcome stays on the page). */
    open?: boolean;
    intro?: ComponentChildren;
    children: ComponentChildren;
}) {
    return (
        <section class="card" aria-labelledby={props.id}>
            <h2 id={props.id}>{props.title}</h2>
            {props.intro}
            <div
                class="choices"
                role="group"
                aria-label={props.choosing}
                hidden={props.open === false || props.choices.length === 0}
            >
                {props.choices.map(([k, label]) => (
                    <button key={k} type="button" aria-pressed={props.chosen === k} onClick={() => props.onChoose(k)}>
                        {label}
                    </button>
                ))}
            </div>
            {props.children}
        </section>
    );
}
