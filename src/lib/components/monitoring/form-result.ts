// What the monitoring page's form actions answered (`page.form`), read safely: each form shows only
// the answers meant for it, a refusal next to the field at fault, with what was typed kept.

/** A refused row as the action returns it. */
export type RowRefusal = { row: number; field: string; code: string; message: string };

export type ActionAnswer = {
	form?: string;
	code?: string;
	/** A refusal's words, in the reader's language. */
	error?: string;
	field?: string;
	rows?: RowRefusal[];
	values?: Record<string, string>;
	indicator?: string;
	period?: string;
	recorded?: number;
	year?: number | string;
	state?: string;
};

function answer(form: unknown, kind: string): ActionAnswer | null {
	if (typeof form !== 'object' || form === null) return null;
	const result = form as ActionAnswer;
	return result.form === kind ? result : null;
}

/** The `?/record` answer about one indicator, or null. */
export function recordAnswer(form: unknown, indicatorId: string): ActionAnswer | null {
	const result = answer(form, 'record');
	const about = result?.values?.indicator ?? result?.indicator;
	return result && about === indicatorId ? result : null;
}

/** The `?/step` answer about one year, or null. */
export function stepAnswer(form: unknown, year: number): ActionAnswer | null {
	const result = answer(form, 'step');
	const about = result?.values?.year ?? result?.year;
	return result && String(about) === String(year) ? result : null;
}

/** The refusal of one field: a row error naming it, or the whole answer's code for `fallback`. */
export function fieldRefusal(
	result: ActionAnswer | null,
	field: string,
	fallback = false
): RowRefusal | null {
	if (!result?.code) return null;
	const row = result.rows?.find((r) => r.field === field);
	if (row) return row;
	if (fallback && !(result.rows ?? []).length)
		return { row: 1, field, code: result.code, message: result.error ?? '' };
	return null;
}
