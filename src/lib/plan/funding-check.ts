// A project's lines against the measures they rest on. Warnings, not refusals: a cluster may plan
// past a ceiling while it argues for a larger one, and the operator decides, not the plan.
import type { FundingMeasure } from './funding-picture';
import type { Project } from './types';

/**
 * `over_ceiling`: the project's lines on one measure ask more than it gives a project.
 * `own_share`: the recipient's own money (own funds and loans) is a smaller share of the budget
 * than the measure requires.
 */
export type FundingWarning = {
	code: 'over_ceiling' | 'own_share';
	measureId: string;
	/** The lines on the measure. */
	lineIds: string[];
	/** The ceiling in tenge, or the required share in percent. */
	limit: number;
	/** What the project asks, or brings in percent (one decimal). */
	actual: number;
};

/** What is wrong with `project`'s lines against their measures; measures the catalogue lacks are skipped. */
export function fundingWarnings(
	project: Pick<Project, 'funding'>,
	measures: ReadonlyMap<string, FundingMeasure>
): FundingWarning[] {
	const lines = project.funding.filter((line) => line.state !== 'refused');
	const budget = lines.reduce((sum, line) => sum + line.amount, 0);
	const own = lines
		.filter((line) => line.source === 'own_funds' || line.source === 'loan')
		.reduce((sum, line) => sum + line.amount, 0);
	const ownShare = budget > 0 ? Math.round((own / budget) * 1000) / 10 : 0;
	const byMeasure = new Map<string, string[]>();
	for (const line of lines)
		if (line.measureId !== null)
			byMeasure.set(line.measureId, [...(byMeasure.get(line.measureId) ?? []), line.id]);
	const warnings: FundingWarning[] = [];
	for (const [measureId, lineIds] of byMeasure) {
		const measure = measures.get(measureId);
		if (!measure) continue;
		const asked = lines
			.filter((line) => lineIds.includes(line.id))
			.reduce((sum, line) => sum + line.amount, 0);
		if (measure.maxPerProject !== null && asked > measure.maxPerProject)
			warnings.push({
				code: 'over_ceiling',
				measureId,
				lineIds,
				limit: measure.maxPerProject,
				actual: asked
			});
		if (budget > 0 && ownShare < measure.ownShare)
			warnings.push({ code: 'own_share', measureId, lineIds, limit: measure.ownShare, actual: ownShare });
	}
	return warnings;
}
