// Funding lines as `PlanData` shows them, under their projects, and the two project fields derived
// from them. A line whose project was removed concurrently is hidden, as the remove would have taken it.
import type * as Y from 'yjs';
import { items } from './layout';
import { num, pick, sortedEntries, text, textOrNull } from './read';
import * as T from './types';

const yearOrNull = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : null);
const dateOrNull = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** Every line of the plan, by the id of its project, each project's in order. */
export function readFunding(doc: Y.Doc): Map<string, T.FundingLine[]> {
	const byProject = new Map<string, T.FundingLine[]>();
	for (const [id, item] of sortedEntries(items(doc, 'funding'))) {
		const projectId = text(item, 'projectId');
		const years = (item.get('years') ?? {}) as { from?: unknown; to?: unknown };
		const dates = (item.get('dates') ?? {}) as { applied?: unknown; decided?: unknown; paid?: unknown };
		const source = pick(item, 'source', T.FUNDING_SOURCES, 'other');
		const line: T.FundingLine = {
			id,
			source,
			measureId: source === 'state_support' ? textOrNull(item, 'measureId') : null,
			amount: Math.max(0, num(item, 'amount')),
			fromYear: yearOrNull(years.from),
			toYear: yearOrNull(years.to),
			state: pick(item, 'state', T.FUNDING_STATES, 'planned'),
			appliedOn: dateOrNull(dates.applied),
			decidedOn: dateOrNull(dates.decided),
			paidOn: dateOrNull(dates.paid),
			note: text(item, 'note'),
			order: num(item, 'order')
		};
		const list = byProject.get(projectId);
		if (list) list.push(line);
		else byProject.set(projectId, [line]);
	}
	return byProject;
}

/** A project's budget: the sum of its lines. */
export function budgetOf(lines: readonly T.FundingLine[]): number {
	return lines.reduce((sum, line) => sum + line.amount, 0);
}

/** The source of the largest line, the first of equals; own funds for a project without lines. */
export function mainSource(lines: readonly T.FundingLine[]): T.FundingSource {
	let main: T.FundingLine | undefined;
	for (const line of lines) if (!main || line.amount > main.amount) main = line;
	return main?.source ?? 'own_funds';
}
