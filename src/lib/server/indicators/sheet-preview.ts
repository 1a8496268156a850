// The preview of an import as the browser shows it: per line what would happen, with the indicator by
// its code and, for a refused line, the field, the error code and what would have been right (the
// period form the indicator expects), so the page can say it in the reader's language. A large file
// is summed up, not listed: at most MAX_NAMED_ROWS lines, refused ones first, and the rest counted.
import { findIndicator, periodsOfYear, type Indicator } from '../../plan';
import type { BatchRow, RowPlan } from './values';
import { MAX_NAMED_ROWS } from './import-caps';

type Shown = string | number | null;

export type PreviewRow =
	| {
			row: number;
			outcome: 'new' | 'changed' | 'unchanged';
			indicator: string;
			period: string;
			value: number;
			note: string;
			evidence: string;
			previous?: { value: number; note: string; evidence: string };
	  }
	| {
			row: number;
			outcome: 'error';
			indicator: Shown;
			period: Shown;
			value: Shown;
			error: { field: string; code: string; message: string; example?: string; line?: number };
	  };

export type Preview = {
	/** The lines listed, in file order: refused ones first, then others, at most MAX_NAMED_ROWS. */
	rows: PreviewRow[];
	/** Every line of the file by what it would do. */
	counts: Record<'new' | 'changed' | 'unchanged' | 'error', number>;
	/** Lines not listed, and how many of them are refused. */
	omitted: { rows: number; errors: number };
};

const shown = (input: unknown): Shown =>
	typeof input === 'string' || typeof input === 'number' ? input : null;

/** Turns the planned rows of a batch into the preview the import endpoint answers with. */
export function importPreview(
	indicators: readonly Indicator[],
	rows: readonly BatchRow[],
	planned: readonly RowPlan[]
): Preview {
	const inputs = new Map(rows.map((row) => [row.row, row]));
	const codeOf = new Map(indicators.map((indicator) => [indicator.id, indicator.code]));
	const counts = { new: 0, changed: 0, unchanged: 0, error: 0 };
	for (const plan of planned) counts[plan.outcome]++;
	const refused = planned.filter((plan) => plan.outcome === 'error').slice(0, MAX_NAMED_ROWS);
	const others = planned.filter((plan) => plan.outcome !== 'error').slice(0, MAX_NAMED_ROWS - refused.length);
	const listed = [...refused, ...others].toSorted((a, b) => a.row - b.row);
	const out = listed.map((plan): PreviewRow => {
		if (plan.outcome !== 'error') {
			const { value, previous } = plan;
			return {
				row: plan.row,
				outcome: plan.outcome,
				indicator: codeOf.get(value.indicatorId) ?? value.indicatorId,
				period: value.period,
				value: value.value,
				note: value.note,
				evidence: value.evidence,
				...(previous
					? { previous: { value: previous.value, note: previous.note, evidence: previous.evidence } }
					: {})
			};
		}
		const input = inputs.get(plan.row);
		const { field, code, message } = plan.error;
		const error: Extract<PreviewRow, { outcome: 'error' }>['error'] = { field, code, message };
		if (code === 'invalid_period') {
			const indicator = findIndicator(indicators, input?.indicator);
			if (indicator) error.example = periodsOfYear(indicator.frequency, 2025).at(-1);
		}
		if (code === 'duplicate_row') {
			const line = /row (\d+)/.exec(message)?.[1];
			if (line) error.line = Number(line);
		}
		return {
			row: plan.row,
			outcome: 'error',
			indicator: shown(input?.indicator),
			period: shown(input?.period),
			value: shown(input?.value),
			error
		};
	});
	const omitted = { rows: planned.length - listed.length, errors: counts.error - refused.length };
	return { rows: out, counts, omitted };
}
