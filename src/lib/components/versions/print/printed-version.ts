// What the printed report is made from: the version's content and what is known about it.
import type { Localized, PlanData, PlanFunding, VersionState, VersionStep } from '$lib/plan';
import type { MeasureChoice } from '$lib/funding/measure-choice';

export type PrintedVersion = {
	clusterName: Localized;
	/** The version's number: v1, v2… */
	number: number;
	label: string;
	note: string;
	authorName: string;
	createdAt: string;
	status: VersionState;
	decision: { step: VersionStep; comment: string; byName: string; at: string } | null;
	data: PlanData;
	/** Its funding picture on the day it was saved, against the catalogue as it is now. */
	funding: PlanFunding;
	measures: MeasureChoice[];
};
