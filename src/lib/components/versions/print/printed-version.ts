// What the printed report is made from: the version's content and what is known about it.
import type { Localized, PlanData, VersionState, VersionStep } from '$lib/plan';

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
};
