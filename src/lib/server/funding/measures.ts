// The catalogue as the funding picture reads it: every measure by id, whatever its status (a line
// may name a measure only proposed: that is what makes its project wait).
import type { FundingMeasure } from '../../plan';
import type { MeasureChoice } from '../../funding/measure-choice';
import type { Db } from '../db';
import { readMeasures } from '../measures/store';

export async function fundingMeasures(db: Db): Promise<Map<string, FundingMeasure>> {
	return new Map((await readMeasures(db)).map((measure) => [measure.id, measure]));
}

/** What pages that draw a funding picture need of each measure: its terms and its name. */
export async function measureChoices(db: Db): Promise<MeasureChoice[]> {
	return (await readMeasures(db)).map(
		({ id, name, status, inForceFrom, inForceTo, maxPerProject, ownShare }) => ({
			id,
			name,
			status,
			inForceFrom,
			inForceTo,
			maxPerProject,
			ownShare
		})
	);
}
