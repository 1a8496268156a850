// The review news a plan's pages show: the most recent step taken on any of its versions.
import type { VersionStep } from '$lib/plan';
import type { VersionSummary } from '$lib/server/versions/store';

export type LatestDecision = {
	version: number;
	label: string;
	step: VersionStep;
	comment: string;
	byName: string;
	at: string;
};

/** The latest review step over `versions`, or null when none was ever submitted. */
export function latestDecision(versions: VersionSummary[]): LatestDecision | null {
	let latest: LatestDecision | null = null;
	for (const { id, label, decision } of versions) {
		if (decision && (!latest || decision.at > latest.at)) latest = { version: id, label, ...decision };
	}
	return latest;
}
