// Versions saved before funding lines (layout 2) hold one budget and one source per project. Read
// with one line each, as the migration of their plan writes it (same id, source, amount and years),
// so pages, exports and the diff against a later version treat both layouts alike.
import { wholeLineId, yearOf } from './funding-id';
import { FUNDING_SOURCES, type FundingLine, type FundingSource } from './types';

type Loose = Record<string, unknown>;
const isLoose = (value: unknown): value is Loose =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function wholeLine(project: Loose): FundingLine {
	const source = FUNDING_SOURCES.includes(project.fundingSource as FundingSource)
		? (project.fundingSource as FundingSource)
		: 'other';
	const budget = project.budget;
	const [from, to] = [yearOf(project.start), yearOf(project.end)];
	return {
		id: wholeLineId(String(project.id)),
		source,
		measureId: null,
		amount: typeof budget === 'number' && Number.isFinite(budget) && budget >= 0 ? budget : 0,
		fromYear: from,
		toYear: from !== null && to !== null && to < from ? from : to,
		state: 'planned',
		appliedOn: null,
		decidedOn: null,
		paidOn: null,
		note: '',
		order: 1
	};
}

/** `data` with a funding line for every project that has no `funding` list; anything else as it is. */
export function withFundingLines(data: unknown): unknown {
	if (!isLoose(data) || !Array.isArray(data.projects)) return data;
	if (data.projects.every((project) => !isLoose(project) || Array.isArray(project.funding))) return data;
	const projects = data.projects.map((project) =>
		isLoose(project) && !Array.isArray(project.funding)
			? { ...project, funding: [wholeLine(project)] }
			: project
	);
	return { ...data, projects };
}
