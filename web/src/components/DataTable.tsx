import type { ComponentChildren } from "preact";
import { downloadCsv, type Cell } from "../csv";

/** One column: its heading, the value a CSV file gets, and what the page shows (a link to the dossiers behind a figure, …). */
export interface Column<T> {
    label: string;
    value: (row: T) => Cell;
    show?: (row: T) => ComponentChildren;
    numeric?: boolean;
}

/**
 * A table of figures under its title, with "Tải CSV" to take exactly what it shows into a spreadsheet. Every table of
 * the leaders' pages is one of these, so every one exports the same way.
 */
export function DataTable<T>(props: {
    caption: string;
    file: string;
    columns: Column<T>[];
    rows: T[];
    empty: string;
    foot?: T;
}) {
    const { columns, rows } = props;
    const cells = (row: T) => columns.map((c) => c.value(row));
    return (
        <div class="table-wrap">
            <div class="table-head">
                <p id={`table-${props.file}`} class="table-title">
                    {props.caption}
                </p>
                <button
                    type="button"
                    class="csv"
                    disabled={rows.length === 0}
                    onClick={() =>
                        downloadCsv(
                            props.file,
                            columns.map((c) => c.label),
                            [...rows.map(cells), ...(props.foot ? [cells(props.foot)] : [])],
                        )
                    }
                >
                    Tải CSV<span class="visually-hidden"> — {props.caption}</span>
                </button>
            </div>
            <table class="figures" aria-labelledby={`table-${props.file}`}>
                <thead>
                    <tr>
                        {columns.map((c) => (
                            <th key={c.label} scope="col" class={c.numeric ? "num" : undefined}>
                                {c.label}
                            </th>
                        ))}
                    </tr>
                </thead>
                <tbody>
                    {rows.length === 0 && (
                        <tr>
                            <td colSpan={columns.length} class="empty">
                                {props.empty}
                            </td>
                        </tr>
                    )}
                    {rows.map((row, i) => (
                        <tr key={i}>
                            <Cells columns={columns} row={row} />
                        </tr>
                    ))}
                </tbody>
                {props.foot && rows.length > 0 && (
                    <tfoot>
                        <tr>
                            <Cells columns={columns} row={props.foot} />
                        </tr>
                    </tfoot>
                )}
            </table>
        </div>
    );
}

/** A row's cells: the first heads the row (a screen reader says it with each figure), the others are figures. */
function Cells<T>(props: { columns: Column<T>[]; row: T }) {
    return (
        <>
            {props.columns.map((c, j) => {
                const content = c.show ? c.show(props.row) : c.value(props.row);
                return j === 0 ? (
                    <th key={c.label} scope="row">
                        {content}
                    </th>
                ) : (
                    <td key={c.label} class={c.numeric ? "num" : undefined}>
                        {content}
                    </td>
                );
            })}
        </>
    );
}
