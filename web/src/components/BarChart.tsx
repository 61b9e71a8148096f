/** One coloured series of a chart: its name in the legend and the class that colours it. */
export interface Series {
    name: string;
    tone: "good" | "bad" | "warn" | "info" | "muted";
}

export interface Bar {
    label: string;
    values: number[];
}

/**
 * A horizontal bar chart of a table's figures, drawn in HTML so it prints and zooms like text. The table under it
 * carries the same figures for a screen reader, so the bars are hidden from one; the caption says what they show.
 * "stacked" puts a row's values end to end (open within the limit, then overdue); "grouped" gives each its own bar
 * (received, then finished).
 */
export function BarChart(props: {
    caption: string;
    series: Series[];
    bars: Bar[];
    layout: "stacked" | "grouped";
    max?: number;
    format?: (value: number) => string;
    empty?: string;
}) {
    const format = props.format ?? String;
    const total = (b: Bar) =>
        props.layout === "stacked" ? b.values.reduce((a, v) => a + v, 0) : Math.max(0, ...b.values);
    const max = props.max ?? Math.max(1, ...props.bars.map(total));
    const width = (v: number) => `${Math.max(0, Math.min(100, (v / max) * 100))}%`;
    return (
        <figure class="chart">
            <figcaption>{props.caption}</figcaption>
            {props.series.length > 1 && (
                <ul class="legend">
                    {props.series.map((s) => (
                        <li key={s.name}>
                            <span class={`swatch ${s.tone}`} aria-hidden="true" />
                            {s.name}
                        </li>
                    ))}
                </ul>
            )}
            {props.bars.length === 0 ? (
                <p class="empty">{props.empty ?? "Chưa có số liệu trong kỳ này."}</p>
            ) : (
                <div class="bars" aria-hidden="true">
                    {props.bars.map((b) => (
                        <div class="bar-row" key={b.label}>
                            <span class="bar-label">{b.label}</span>
                            {props.layout === "stacked" ? (
                                <span class="bar-track">
                                    {b.values.map((v, i) => (
                                        <span
                                            key={i}
                                            class={`bar ${props.series[i]!.tone}`}
                                            style={{ width: width(v) }}
                                        />
                                    ))}
                                    <span class="bar-value">{b.values.map(format).join(" + ")}</span>
                                </span>
                            ) : (
                                <span class="bar-group">
                                    {b.values.map((v, i) => (
                                        <span class="bar-track" key={i}>
                                            <span class={`bar ${props.series[i]!.tone}`} style={{ width: width(v) }} />
                                            <span class="bar-value">{format(v)}</span>
                                        </span>
                                    ))}
                                </span>
                            )}
                        </div>
                    ))}
                </div>
            )}
            <p class="visually-hidden">Số liệu của biểu đồ có trong bảng ngay sau.</p>
        </figure>
    );
}
