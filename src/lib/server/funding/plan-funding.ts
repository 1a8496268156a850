// A plan's funding picture for its readers: secured, applied, planned and the gap by year and by
// strategic line, the projects waiting for a measure, and each project's warnings against its measures.
import {
	fundingWarnings,
	planFunding,
	type FundingWarning,
	type PlanData,
	type PlanFunding
} from '../../plan';
import type { Db } from '../db';
import { fundingMeasures } from './measures';

export type PlanFundingAnswer = PlanFunding & {
	asOf: string;
	warnings: (FundingWarning & { projectId: string })[];
};

export async function planFundingOf(db: Db, data: PlanData, asOf: string): Promise<PlanFundingAnswer> {
	const measures = await fundingMeasures(db);
	const warnings = data.projects.flatMap((project) =>
		fundingWarnings(project, measures).map((warning) => ({ projectId: project.id, ...warning }))
	);
	return { asOf, ...planFunding(data, measures, asOf), warnings };
}
