import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { FailureMessage, failureOf, type Failure } from "./Fields";

/** What a page reads: the answer once it came, or why it did not; read again whenever the key changes. */
export function useLoad<T>(load: () => Promise<T>, key: string) {
    const [state, setState] = useState<{ key: string; data?: T; failure?: Failure } | null>(null);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
        let current = true;
        setState((s) => (s?.key === key ? s : null)); // a reload keeps what is shown until the new answer comes
        load().then(
            (data) => current && setState({ key, data }),
            (e) => current && setState({ key, failure: failureOf(e) }),
        );
        return () => {
            current = false;
        };
    }, [key, attempt]);
    return { ...(state ?? {}), retry: () => setAttempt((a) => a + 1) };
}

/** The loaded content, or "Đang tải…", or the failure with its retry. */
export function Loaded<T>(props: { state: ReturnType<typeof useLoad<T>>; children: (data: T) => ComponentChildren }) {
    const { data, failure, retry } = props.state;
    if (failure) return <FailureMessage failure={failure} onRetry={retry} />;
    if (data === undefined) return <p aria-live="polite">Đang tải…</p>;
    return <>{props.children(data)}</>;
}
