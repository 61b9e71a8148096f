import { dateTime, stepStates } from "../format";

interface StepLike {
    step: number;
    name: string;
    department: string;
    state: string;
    dueAt?: string | null;
}

/** The process's steps in order, each with its office and how far it went. */
export function Steps(props: { steps: StepLike[]; departmentName?: (code: string) => string }) {
    return (
        <ol class="steps">
            {props.steps.map((s) => (
                <li key={`${s.step}-${s.department}`} value={s.step} class={`step ${s.state.toLowerCase()}`}>
                    <span class="step-name">{s.name}</span>
                    <span class="step-office">
                        {props.departmentName ? props.departmentName(s.department) : s.department}
                    </span>
                    <span class="step-state">{stepStates[s.state] ?? s.state}</span>
                    {s.dueAt && s.state === "Active" && <span class="step-due">Hạn: {dateTime(s.dueAt)}</span>}
                </li>
            ))}
        </ol>
    );
}
