// The comment endpoints, the only way into a plan's threads (the socket door refuses a browser's
// write to `comments`, so nobody can post under another's name or rewrite the review record):
//   POST /api/plans/<planId>/comments                       {anchorId, text, replyTo?}  a thread or a reply
//   POST /api/plans/<planId>/comments/<commentId>/edit      {text}                      its author only
//   POST /api/plans/<planId>/comments/<commentId>/delete                                its author only
//   POST /api/plans/<planId>/comments/<commentId>/resolve   {resolved}                  see `can`
// Served here because this server holds the live rooms: the change is made on the room's document,
// stored and broadcast like any update. The author, the times and the mentions come from the session
// and the cluster's members, never from the client.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../src/lib/server/db';
import type { AppUser } from '../../src/lib/server/authz/actor';
import { can } from '../../src/lib/server/authz/can';
import { clusterMembers } from '../../src/lib/server/clusters';
import {
	addComment,
	commentAuthor,
	deleteComment,
	editComment,
	isPlanError,
	resolveComment,
	type Localized
} from '../../src/lib/plan';
import { mentionsIn } from '../../src/lib/plan/mentions';
import { commentContext } from '../../src/lib/plan/comment-context';
import { tellComment } from '../../src/lib/server/notifications/comment-news';
import { Refusal } from '../../src/lib/refusal';
import type { Rooms } from './rooms';
import { refusal, type Reply } from './reply';
import { serveEndpoint } from './endpoint';
import { enterPlan, isRefused } from './plan-door';

/** Largest accepted request body; a comment is text, so this is generous. */
export const MAX_COMMENT_BODY_BYTES = 64 * 1024;

const commentsPath =
	/^\/api\/plans\/([A-Za-z0-9_-]{1,100})\/comments(?:\/([A-Za-z0-9_-]{1,100})\/(resolve|edit|delete))?$/;

type Plan = { id: string; title: Localized; clusterId: string };
type Step = 'resolve' | 'edit' | 'delete';

/** Answers the comment endpoints and returns true; returns false for any other request. */
export function serveComments(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	res: ServerResponse,
	env: NodeJS.ProcessEnv = process.env
): boolean {
	return serveEndpoint('comments', commentsPath, req, res, ([planId, commentId, step]) =>
		decide(db, rooms, req, planId!, commentId, step as Step | undefined, env)
	);
}

// The plan door, then the role or authorship the step needs, then the body.
async function decide(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	planId: string,
	commentId: string | undefined,
	step: Step | undefined,
	env: NodeJS.ProcessEnv
): Promise<Reply> {
	const entered = await enterPlan(db, req, planId, MAX_COMMENT_BODY_BYTES, env);
	if (isRefused(entered)) return entered;
	const { user, plan, body } = entered;
	if (!can(user, 'plan.comment', { clusterId: plan.clusterId })) return refusal(403, 'forbidden');
	if ('status' in body) return body;
	try {
		if (commentId === undefined || step === undefined) return await post(db, rooms, plan, user, body.value);
		return await change(db, rooms, plan, user, commentId, step, body.value);
	} catch (error) {
		if (!isPlanError(error)) throw error;
		if (error.code === 'schema_version') return refusal(409, error.code, error.field);
		if (error.code === 'deleted') return refusal(409, error.code, 'commentId');
		if (commentId !== undefined && error.code === 'not_found' && error.field === 'id')
			return refusal(404, 'not_found', 'commentId');
		return refusal(400, error.code, error.field);
	}
}

/** The usernames of the cluster's members that `text` mentions. */
async function mentionsOf(db: Db, plan: Plan, text: unknown): Promise<string[]> {
	const members = (await clusterMembers(db, plan.clusterId)).map((member) => member.username);
	return typeof text === 'string' ? mentionsIn(text, members) : [];
}

async function post(
	db: Db,
	rooms: Rooms,
	plan: Plan,
	author: AppUser,
	body: Record<string, unknown>
): Promise<Reply> {
	const { anchorId, text, replyTo } = body;
	const mentions = await mentionsOf(db, plan, text);
	const { id, context } = await rooms.change(plan.id, (doc) => {
		const written = addComment(doc, {
			anchorId: anchorId as string,
			text: text as string,
			replyTo: replyTo as string | null | undefined,
			author: author.username,
			authorName: author.displayName,
			mentions
		});
		return { id: written, context: commentContext(doc, written) };
	});
	await tellComment(db, author, plan.id, id, context, mentions, text as string, Date.now());
	return { status: 201, body: { id } };
}

async function change(
	db: Db,
	rooms: Rooms,
	plan: Plan,
	user: AppUser,
	commentId: string,
	step: Step,
	body: Record<string, unknown>
): Promise<Reply> {
	const at = new Date().toISOString();
	const mentions = step === 'edit' ? await mentionsOf(db, plan, body.text) : [];
	const context = await rooms.change(plan.id, (doc) => {
		const resource = { clusterId: plan.clusterId, author: commentAuthor(doc, commentId) };
		if (!can(user, step === 'resolve' ? 'comment.resolve' : 'comment.edit', resource))
			// Thrown inside the change, so the document is left as it was.
			throw new Refusal(403, step === 'resolve' ? 'forbidden' : 'not_author', undefined, {
				field: 'commentId'
			});
		if (step === 'edit') editComment(doc, commentId, { text: body.text as string, mentions, at });
		else if (step === 'delete') deleteComment(doc, commentId, at);
		else {
			const by = { username: user.username, name: user.displayName, at };
			resolveComment(doc, commentId, body.resolved as boolean, by);
		}
		return step === 'edit' ? commentContext(doc, commentId) : null;
	});
	if (context)
		await tellComment(db, user, plan.id, commentId, context, mentions, body.text as string, Date.now(), true);
	return { status: 200, body: { id: commentId, ...(step === 'resolve' ? { resolved: body.resolved } : {}) } };
}
