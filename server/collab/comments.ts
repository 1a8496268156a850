// POST /api/plans/<planId>/comments and /api/plans/<planId>/comments/<commentId>/resolve: how people
// with `plan.comment` (reviewers too, who are read-only on the socket) add to a plan's threads.
// Served here because this server holds the live rooms: the comment is written on the room's
// document, stored and broadcast like any update. The author is the session's user, and the
// mentions are the cluster's members the text names, never the client's word for either.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as Y from 'yjs';
import type { Db } from '../../src/lib/server/db';
import { can } from '../../src/lib/server/authz/can';
import { clusterMembers } from '../../src/lib/server/clusters';
import { getPlan } from '../../src/lib/server/plans';
import { addComment, initPlan, isPlanError, resolveComment, schemaVersionOf } from '../../src/lib/plan';
import { mentionsIn } from '../../src/lib/components/comments/mentions';
import { sessionTokenOf, userOf } from './access';
import { isAllowedOrigin } from './origin';
import type { Rooms } from './rooms';
import { refusal, type Reply } from './reply';
import { serveEndpoint } from './endpoint';
import { readJson } from './json-body';

/** Largest accepted request body; a comment is text, so this is generous. */
export const MAX_COMMENT_BODY_BYTES = 64 * 1024;

const commentsPath = /^\/api\/plans\/([A-Za-z0-9_-]{1,100})\/comments(?:\/([A-Za-z0-9_-]{1,100})\/resolve)?$/;

type Plan = { id: string; title: string; clusterId: string };

/** Answers the comment endpoints and returns true; returns false for any other request. */
export function serveComments(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	res: ServerResponse,
	env: NodeJS.ProcessEnv = process.env
): boolean {
	return serveEndpoint('comments', commentsPath, req, res, ([planId, commentId]) =>
		decide(db, rooms, req, planId!, commentId, env)
	);
}

// Same order as the websocket door: origin, session, plan, role. Nothing is read before that.
async function decide(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	planId: string,
	commentId: string | undefined,
	env: NodeJS.ProcessEnv
): Promise<Reply> {
	if (req.method !== 'POST') return refusal(405, 'method_not_allowed');
	// A cross-site form or fetch carries the cookie; only the Origin tells our pages from others'.
	if (!isAllowedOrigin(req, env)) return refusal(403, 'origin_not_allowed');
	const found = userOf(db, sessionTokenOf(req));
	if (!found) return refusal(401, 'signed_out');
	const plan = getPlan(db, planId);
	if (!plan) return refusal(404, 'not_found');
	if (!can(found.user, 'plan.comment', { clusterId: plan.clusterId })) return refusal(403, 'forbidden');
	const body = await readJson(req, MAX_COMMENT_BODY_BYTES);
	if ('status' in body) return body;
	try {
		return commentId === undefined
			? post(db, rooms, plan, found.user, body.value)
			: resolve(rooms, plan, commentId, body.value);
	} catch (error) {
		if (!isPlanError(error)) throw error;
		if (error.code === 'schema_version') return refusal(409, error.code, error.field);
		if (commentId !== undefined && error.code === 'not_found' && error.field === 'id')
			return refusal(404, 'not_found', 'commentId');
		return refusal(400, error.code, error.field);
	}
}

function post(
	db: Db,
	rooms: Rooms,
	plan: Plan,
	author: { username: string; displayName: string },
	body: Record<string, unknown>
): Reply {
	const { anchorId, text, replyTo } = body;
	const members = clusterMembers(db, plan.clusterId).map((member) => member.username);
	const mentions = typeof text === 'string' ? mentionsIn(text, members) : [];
	const id = rooms.change(plan.id, (doc) => {
		prepare(doc, plan);
		return addComment(doc, {
			anchorId: anchorId as string,
			text: text as string,
			replyTo: replyTo as string | null | undefined,
			author: author.username,
			authorName: author.displayName,
			mentions
		});
	});
	return { status: 201, body: { id } };
}

function resolve(rooms: Rooms, plan: Plan, commentId: string, body: Record<string, unknown>): Reply {
	const { resolved } = body;
	rooms.change(plan.id, (doc) => resolveComment(doc, commentId, resolved as boolean));
	return { status: 200, body: { id: commentId, resolved } };
}

// A plan nobody has opened yet has an empty document; its layout is what any editor would write.
function prepare(doc: Y.Doc, plan: Plan): void {
	if (schemaVersionOf(doc) === null) initPlan(doc, plan);
}
