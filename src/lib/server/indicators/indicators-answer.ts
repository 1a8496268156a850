// The body of GET /api/plans/<planId>/indicators: every indicator with its definition, yearly figures
// and status, and the values that count (the latest of each indicator and period), a page at a time.
// Figures and statuses always come from every value; only the listed values are paged, in the order
// they were recorded, so however many values a plan holds, one answer stays small.
import type { Db } from '../db';
import { monitorPlan, PlanError } from '../../plan';
import { readPlan } from '../plans/document';
import { statesByYear, valueRecord, yearViews } from './monitoring';
import { currentValues } from './values';
import type { PlanRef } from './periods';

/** Values listed by default, and the most one page may ask for. */
export const VALUES_PER_PAGE = 1000;
export const MAX_VALUES_PER_PAGE = 5000;

export type IndicatorsQuery = {
	includeUnapproved: boolean;
	/** Values listed at most. */
	limit: number;
	/** Lists only values recorded after the value with this id (the previous page's `next`). */
	after: number;
};

function whole(text: string | null, field: string, fallback: number, most: number): number {
	if (text === null) return fallback;
	const n = Number(text);
	if (!/^\d+$/.test(text) || n > most)
		throw new PlanError('invalid_value', field, `${field} must be a whole number up to ${most}`);
	return n;
}

/** Reads `unapproved`, `limit` and `after` from a query string; refuses a limit or cursor that is not one. */
export function indicatorsQuery(params: URLSearchParams): IndicatorsQuery {
	const limit = whole(params.get('limit'), 'limit', VALUES_PER_PAGE, MAX_VALUES_PER_PAGE);
	if (limit === 0) throw new PlanError('invalid_value', 'limit', 'limit must be at least 1');
	return {
		includeUnapproved: ['1', 'true'].includes(params.get('unapproved') ?? ''),
		limit,
		after: whole(params.get('after'), 'after', 0, Number.MAX_SAFE_INTEGER)
	};
}

/**
 * The plan's indicators with one page of their values: `page.next` is the `after` of the next page,
 * null on the last. A value corrected while pages are read shows again on a later page with its new
 * id: for each indicator and period the value with the highest id counts.
 */
export async function indicatorsAnswer(db: Db, plan: PlanRef, query: IndicatorsQuery, currentYear: number) {
	const years = await yearViews(db, plan.id);
	const monitored = monitorPlan(
		await readPlan(db, plan),
		(await currentValues(db, plan.id)).map(valueRecord),
		statesByYear(years),
		{ includeUnapproved: query.includeUnapproved, currentYear }
	);
	const shown = monitored.flatMap(({ values }) => values.map((value) => value.id));
	const ids = shown.filter((id) => id > query.after).toSorted((a, b) => a - b);
	const listed = new Set(ids.slice(0, query.limit));
	const last = ids[query.limit - 1];
	return {
		planId: plan.id,
		includeUnapproved: query.includeUnapproved,
		years,
		page: {
			limit: query.limit,
			after: query.after,
			next: ids.length > query.limit && last !== undefined ? last : null,
			/** Values shown on every page together. */
			total: shown.length
		},
		indicators: monitored.map(
			({ indicator, values, actuals, progress, lineIds, objectiveIds, projectIds }) => ({
				...indicator,
				values: values.filter((value) => listed.has(value.id)),
				actuals,
				status: progress.status,
				progress,
				lineIds,
				objectiveIds,
				projectIds
			})
		)
	};
}
