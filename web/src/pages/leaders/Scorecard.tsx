import { useState } from "preact/hooks";
import { api, call, type Schemas } from "../../api/client";
import { DataTable, type Column } from "../../components/DataTable";
import { TextField } from "../../components/Fields";
import { Loaded, useLoad } from "../../components/Loaded";
import { Link, navigate } from "../../router";
import { day, groupings, percent, periodOf, periodQuery, type Grouping, type Period } from "./period";

type Card = Schemas["ScorecardView"];
type Indicator = Schemas["IndicatorView"];
type Line = Schemas["ScorecardLineView"];

const scoreOf = (line: Line, id: string) => line.scores.find((s) => s.indicator === id);

/** A figure as it reads: a share in percent, the average time in working days; nothing when there is none. */
const figure = (indicator: Indicator, score: Schemas["ScoreView"] | undefined) =>
    score?.value == null
        ? ""
        : indicator.id === "averageDays"
          ? `${score.value.toLocaleString("vi-VN")} ngày`
          : percent(score.value);

const points = (value: number | null | undefined) => (value == null ? "" : value.toLocaleString("vi-VN"));

/** Where the dossiers behind a figure are listed. */
const behind = (p: Period, indicator: string, key: string, name: string) =>
    `/lanh-dao/chi-so-766/ho-so?${periodQuery(p)}&chi-so=${indicator}&ma=${encodeURIComponent(key)}&ten=${encodeURIComponent(name)}`;

/**
 * The Decision 766 scorecard of a period: each indicator of the five groups that OneStop has the data for, computed as
 * the national dashboard computes it, with the points the province would get, the province's line first and then one
 * per department, procedure or intake point; the indicators without data are listed as such. Every figure opens the
 * dossiers behind it.
 */
export function Scorecard(props: { query: URLSearchParams }) {
    const period = periodOf(props.query);
    const [from, setFrom] = useState(period.from);
    const [to, setTo] = useState(period.to);
    const state = useLoad(
        () =>
            call(
                api.GET("/api/reports/scorecard", {
                    params: { query: { from: period.from, to: period.to, by: period.by } },
                }),
            ),
        periodQuery(period),
    );
    const show = (p: Period) => navigate(`/lanh-dao/chi-so-766?${periodQuery(p)}`, true);
    const span = `từ ${day(period.from)} đến ${day(period.to)}`;

    return (
        <section class="dashboard">
            <p>
                <Link href={`/lanh-dao?${periodQuery(period)}`}>← Về trang theo dõi</Link>
            </p>
            <h1 tabIndex={-1}>Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)</h1>
            <form
                class="period"
                aria-label="Kỳ đánh giá"
                onSubmit={(e) => {
                    e.preventDefault();
                    show({ ...period, from, to });
                }}
            >
                <TextField id="from" label="Từ ngày" type="date" value={from} onValue={setFrom} />
                <TextField id="to" label="Đến ngày" type="date" value={to} onValue={setTo} />
                <button type="submit" class="primary">
                    Xem chỉ số
                </button>
            </form>
            <Loaded state={state}>{(card) => <Figures card={card} period={period} span={span} show={show} />}</Loaded>
        </section>
    );
}

function Figures(props: { card: Card; period: Period; span: string; show: (p: Period) => void }) {
    const { card, period } = props;
    const province = card.lines[0];
    const scored = card.indicators.filter((i) => i.hasData);
    const provinceColumns: Column<Indicator>[] = [
        { label: "Nhóm chỉ số", value: (i) => i.groupName },
        { label: "Chỉ số", value: (i) => i.name },
        {
            label: "Kết quả",
            value: (i) => (i.hasData ? figure(i, scoreOf(province, i.id)) : "Chưa có dữ liệu"),
            show: (i) => {
                const s = scoreOf(province, i.id);
                if (!i.hasData) return <em>Chưa có dữ liệu</em>;
                if (s?.value == null) return "Chưa có hồ sơ";
                return <Link href={behind(period, i.id, "", province.name)}>{figure(i, s)}</Link>;
            },
        },
        {
            label: "Số hồ sơ",
            value: (i) => {
                const s = scoreOf(province, i.id);
                return i.hasData && s && i.id !== "averageDays" ? `${s.numerator}/${s.denominator}` : "";
            },
        },
        { label: "Điểm", value: (i) => points(scoreOf(province, i.id)?.points), numeric: true },
        { label: "Điểm tối đa", value: (i) => points(i.maxPoints), numeric: true },
        { label: "Đạt tối đa từ", value: (i) => (i.id === "averageDays" ? "" : percent(i.fullMarksAt)) },
        { label: "Căn cứ", value: (i) => i.source },
    ];
    const lineColumns: Column<Line>[] = [
        { label: groupings[period.by], value: (l) => l.name },
        ...scored.map((i): Column<Line> => ({
            label: i.name,
            value: (l) => figure(i, scoreOf(l, i.id)),
            show: (l) =>
                scoreOf(l, i.id)?.value == null ? (
                    ""
                ) : (
                    <Link href={behind(period, i.id, l.key, l.name)}>{figure(i, scoreOf(l, i.id))}</Link>
                ),
            numeric: true,
        })),
        { label: "Điểm", value: (l) => points(l.points), numeric: true },
    ];
    return (
        <>
            <p role="status">
                Toàn tỉnh: <strong>{points(province.points)}</strong> điểm trên {points(card.scoredMaxPoints)} điểm của
                các chỉ số có dữ liệu (thang 100 điểm của Quyết định 766). Các chỉ số chưa có dữ liệu không được tính là
                0 điểm. Số liệu đọc từ {card.recordsRead.toLocaleString("vi-VN")} bản ghi tổng hợp.
            </p>
            <DataTable
                caption={`Chỉ số toàn tỉnh, ${props.span}`}
                file={`chi-so-766-toan-tinh-${period.from}-${period.to}`}
                columns={provinceColumns}
                rows={card.indicators}
                empty="Không có chỉ số."
            />
            <h2>Theo {groupings[period.by].toLowerCase()}</h2>
            <div class="tabs" role="group" aria-label="Xem theo">
                {(Object.keys(groupings) as Grouping[]).map((g) => (
                    <button
                        key={g}
                        type="button"
                        aria-pressed={period.by === g}
                        onClick={() => props.show({ ...period, by: g })}
                    >
                        Theo {groupings[g].toLowerCase()}
                    </button>
                ))}
            </div>
            <DataTable
                caption={`Chỉ số theo ${groupings[period.by].toLowerCase()}, ${props.span}`}
                file={`chi-so-766-theo-${period.by}-${period.from}-${period.to}`}
                columns={lineColumns}
                rows={card.lines.slice(1)}
                empty="Chưa có hồ sơ nào trong kỳ này."
            />
        </>
    );
}
