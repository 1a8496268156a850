// The browser's side of the comment endpoints (server/collab/comments.ts). The comment itself comes
// back through the live plan document, like every other change; these only say whether it was taken.
import { send, type Sent } from '$lib/api/send';

/** What the server said: the new comment's id, or the refusal. */
export type Posted = Sent<{ id?: string }>;

const post = (url: string, body: unknown): Promise<Posted> => send(url, { method: 'POST', json: body });

const commentUrl = (planId: string, commentId: string, step: string) =>
	`/api/plans/${encodeURIComponent(planId)}/comments/${encodeURIComponent(commentId)}/${step}`;

/** Posts a new thread on `anchorId`, or a reply to the thread `replyTo`. */
export function postComment(
	planId: string,
	comment: { anchorId: string; text: string; replyTo?: string | null }
): Promise<Posted> {
	return post(`/api/plans/${encodeURIComponent(planId)}/comments`, comment);
}

/** Replaces the text of one's own comment. */
export function editComment(planId: string, commentId: string, text: string): Promise<Posted> {
	return post(commentUrl(planId, commentId, 'edit'), { text });
}

/** Withdraws one's own comment (a mark that it was there stays in the thread). */
export function deleteComment(planId: string, commentId: string): Promise<Posted> {
	return post(commentUrl(planId, commentId, 'delete'), {});
}

/** Resolves a thread, or reopens it with `resolved` false. */
export function resolveThread(planId: string, commentId: string, resolved: boolean): Promise<Posted> {
	return post(commentUrl(planId, commentId, 'resolve'), { resolved });
}
