// Asks the collab server to rename a plan (POST /api/plans/<planId>/title): null when it is done,
// otherwise what to tell the reader, and whether the title itself was at fault.
import { send } from '$lib/api/send';
import { refusalText } from '$lib/refusal-text';

export type TitleProblem = { message: string; field: boolean };

/** Renames the plan; null when saved. */
export async function renamePlanTitle(
	planId: string,
	title: Record<string, string>
): Promise<TitleProblem | null> {
	const sent = await send(`/api/plans/${encodeURIComponent(planId)}/title`, {
		method: 'POST',
		json: { title }
	});
	if (sent.ok) return null;
	return { message: refusalText(sent, 'title'), field: sent.code === 'title' };
}
