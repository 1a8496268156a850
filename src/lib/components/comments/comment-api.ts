// The browser's side of the comment endpoints (server/collab/comments.ts). The comment itself comes
// back through the live plan document, like every other change; these only say whether it was taken.

/** What the server said: the new comment's id, or why not (`network` when it could not be reached). */
export type Posted = { ok: true; id: string } | { ok: false; error: string; field?: string };

async function send(url: string, body: unknown): Promise<Posted> {
	let res: Response;
	try {
		res = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
	} catch {
		return { ok: false, error: 'network' };
	}
	const answer = (await res.json().catch(() => ({}))) as { id?: string; error?: string; field?: string };
	if (res.ok) return { ok: true, id: answer.id ?? '' };
	return { ok: false, error: answer.error ?? `http_${res.status}`, field: answer.field };
}

/** Posts a new thread on `anchorId`, or a reply to the thread `replyTo`. */
export function postComment(
	planId: string,
	comment: { anchorId: string; text: string; replyTo?: string | null }
): Promise<Posted> {
	return send(`/api/plans/${encodeURIComponent(planId)}/comments`, comment);
}

/** Replaces the text of one's own comment. */
export function editComment(planId: string, commentId: string, text: string): Promise<Posted> {
	return send(`/api/plans/${encodeURIComponent(planId)}/comments/${encodeURIComponent(commentId)}/edit`, {
		text
	});
}

/** Withdraws one's own comment (a mark that it was there stays in the thread). */
export function deleteComment(planId: string, commentId: string): Promise<Posted> {
	return send(
		`/api/plans/${encodeURIComponent(planId)}/comments/${encodeURIComponent(commentId)}/delete`,
		{}
	);
}

/** Resolves a thread, or reopens it with `resolved` false. */
export function resolveThread(planId: string, commentId: string, resolved: boolean): Promise<Posted> {
	return send(`/api/plans/${encodeURIComponent(planId)}/comments/${encodeURIComponent(commentId)}/resolve`, {
		resolved
	});
}
