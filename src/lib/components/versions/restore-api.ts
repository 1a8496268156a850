// Asks the server to make a version the live plan. The collab server answers this address itself
// (it holds the live rooms), with the same session cookie as every page.
import { send } from '$lib/api/send';
import type { VersionSummary } from '$lib/server/versions/store';

export type RestoreOutcome = { ok: true; kept: VersionSummary } | { ok: false; code: string };

/** Restores version `version` of plan `planId`; never throws, the outcome says what happened. */
export async function restoreVersion(planId: string, version: number): Promise<RestoreOutcome> {
	const sent = await send<{ kept?: VersionSummary }>(
		`/api/plans/${encodeURIComponent(planId)}/versions/${version}/restore`,
		{ method: 'POST' }
	);
	if (!sent.ok) return { ok: false, code: sent.code };
	return sent.body.kept ? { ok: true, kept: sent.body.kept } : { ok: false, code: 'internal' };
}
