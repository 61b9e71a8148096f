// Tables as CSV files that Excel opens with their Vietnamese intact: UTF-8 with a byte order mark, fields quoted when
// needed, and no cell a spreadsheet would run as a formula (the same rules as the server's report CSV).

export type Cell = string | number | null | undefined;

function field(value: Cell): string {
    let text = value == null ? "" : String(value);
    if (typeof value === "string" && /^[=+\-@]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
    return [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

/** Offers the table as a file named <name>.csv. */
export function downloadCsv(name: string, header: string[], rows: Cell[][]) {
    saveFile(`${name}.csv`, new Blob(["\uFEFF", toCsv(header, rows)], { type: "text/csv;charset=utf-8" }));
}

/** Offers a file the page holds (a table made here, a CSV the server made) for download under its name. */
export function saveFile(fileName: string, blob: Blob) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
