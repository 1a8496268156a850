// Asks the server to make a version the live plan. The collab server answers this address itself
// (it holds the live rooms), with the same session cookie as every page.
import type { VersionSummary } from '$lib/server/versions/store';

export type RestoreOutcome = { ok: true; kept: VersionSummary } | { ok: false; code: string };

/** Restores version `version` of plan `planId`; never throws, the outcome says what happened. */
export async function restoreVersion(planId: string, version: number): Promise<RestoreOutcome> {
	let response: Response;
	try {
		response = await fetch(`/api/plans/${encodeURIComponent(planId)}/versions/${version}/restore`, {
			method: 'POST',
			headers: { Accept: 'application/json' }
		});
	} catch {
		return { ok: false, code: 'offline' };
	}
	const body = (await response.json().catch(() => null)) as { kept?: VersionSummary; code?: string } | null;
	if (response.ok && body?.kept) return { ok: true, kept: body.kept };
	if (response.status === 401) return { ok: false, code: 'signed_out' };
	return { ok: false, code: body?.code ?? 'failed' };
}
