// Asks the collab server to rename a plan (POST /api/plans/<planId>/title): null when it is done,
// otherwise what to tell the reader, and whether the title itself was at fault.
import { m } from '$lib/paraglide/messages';

export type TitleProblem = { message: string; field: boolean };

/** Renames the plan; null when saved. */
export async function renamePlanTitle(
	planId: string,
	title: Record<string, string>
): Promise<TitleProblem | null> {
	let response: Response;
	try {
		response = await fetch(`/api/plans/${encodeURIComponent(planId)}/title`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ title })
		});
	} catch {
		return { message: m.plan_rename_error_network(), field: false };
	}
	if (response.ok) return null;
	const body = (await response.json().catch(() => ({}))) as { code?: string };
	if (body.code === 'title') return { message: m.cluster_error_title(), field: true };
	if (response.status === 403) return { message: m.plan_rename_error_forbidden(), field: false };
	return { message: m.plan_rename_error(), field: false };
}
