// The chart.js set-up of an indicator chart: which parts of chart.js it registers (only those, so the
// bundle carries no other chart types), and its datasets and axes from the chart figures.
import {
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type ChartConfiguration,
	type ScriptableLineSegmentContext
} from 'chart.js';
import type { ChartFigures } from './chart-data';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

export type ChartWords = {
	path: string;
	baseline: string;
	targets: string;
	actuals: string;
	year: string;
	unit: string;
	amount: (value: number) => string;
};

const INK = '#1d2a2f';
const MUTED = '#5b6b70';
const TARGET = '#9a6700';
const ACTUAL = '#0b5d52';

/** A chart config for one indicator's figures. */
export function chartConfig(figures: ChartFigures, words: ChartWords): ChartConfiguration<'line'> {
	const approved = figures.actuals.map((point) => point.approved);
	// A line into or out of an unapproved figure is dashed, as the figure's point is hollow.
	const unapprovedDash = (ctx: ScriptableLineSegmentContext) =>
		approved[ctx.p0DataIndex] && approved[ctx.p1DataIndex] ? undefined : [4, 4];
	const years = [...figures.path, ...figures.actuals, ...figures.targets].map((point) => point.x);
	return {
		type: 'line',
		data: {
			datasets: [
				{
					label: words.path,
					data: figures.path,
					borderColor: MUTED,
					borderDash: [7, 5],
					borderWidth: 2,
					pointRadius: 0,
					pointHitRadius: 0,
					// Shown as a line in the legend, not as a dot.
					pointStyle: 'line'
				},
				{
					label: words.baseline,
					data: figures.baseline ? [figures.baseline] : [],
					showLine: false,
					clip: 10,
					pointStyle: 'rect',
					pointRadius: 6,
					borderColor: MUTED,
					backgroundColor: MUTED
				},
				{
					label: words.targets,
					data: figures.targets,
					showLine: false,
					clip: 10,
					pointStyle: 'rectRot',
					pointRadius: 7,
					borderColor: TARGET,
					backgroundColor: TARGET
				},
				{
					label: words.actuals,
					data: figures.actuals,
					borderColor: ACTUAL,
					borderWidth: 2.5,
					clip: 10,
					pointRadius: 5,
					pointBorderWidth: 2,
					pointBackgroundColor: approved.map((yes) => (yes ? ACTUAL : '#ffffff')),
					backgroundColor: ACTUAL,
					segment: { borderDash: unapprovedDash }
				}
			]
		},
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			// Room for the points on the first and last year, drawn past the axes (clip above).
			layout: { padding: { left: 4, right: 12, top: 4 } },
			interaction: { mode: 'nearest', intersect: false },
			scales: {
				x: {
					type: 'linear',
					min: years.length ? Math.floor(Math.min(...years)) : undefined,
					max: years.length ? Math.ceil(Math.max(...years)) : undefined,
					title: { display: true, text: words.year, color: INK },
					// Years, not amounts: "2025", never "2,025" or "2024.5".
					ticks: {
						stepSize: 1,
						color: INK,
						callback: (value) => (Number.isInteger(value) ? String(value) : '')
					}
				},
				y: {
					title: { display: words.unit !== '', text: words.unit, color: INK },
					ticks: { color: INK, callback: (value) => words.amount(Number(value)) }
				}
			},
			plugins: {
				legend: { labels: { color: INK, usePointStyle: true } },
				tooltip: {
					callbacks: {
						title: (items) => String(Math.ceil(items[0]?.parsed.x ?? 0)),
						label: (item) => `${item.dataset.label}: ${words.amount(item.parsed.y ?? 0)}`
					}
				}
			}
		}
	};
}
