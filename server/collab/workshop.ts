// POST /api/plans/<planId>/workshop: every change to a plan's workshops. Served here because this
// server holds the live rooms: the operation runs on the room's document, stored and broadcast like
// any update, so every screen sees the step, the timer, a note or a dot at once. The socket door
// refuses any client write to the workshops, so this is the only way in, and each operation is
// checked with `can()`: `workshop.run` for the facilitator's controls, `workshop.join` for notes
// and dots. Who acts comes from the session, never from the body.
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tellWorkshop } from '../../src/lib/server/notifications/workshop-news';
import type { Db } from '../../src/lib/server/db';
import type { AppUser } from '../../src/lib/server/authz/actor';
import { can } from '../../src/lib/server/authz/can';
import { participantOf } from './participant';
import { audit } from '../../src/lib/server/audit';
import { serverSecret } from '../../src/lib/server/secrets';
import { saveVersion } from '../../src/lib/server/versions/store';
import { isPlanError, type Localized } from '../../src/lib/plan';
import {
	WORKSHOP_OPS,
	applyWorkshopOp,
	isWorkshopOp,
	type OpContext,
	type Participant,
	type WorkshopOp
} from '../../src/lib/plan/workshop';
import type { Rooms } from './rooms';
import { refusal, type Reply } from './reply';
import { serveEndpoint } from './endpoint';
import { enterPlan, isRefused } from './plan-door';

/** A workshop request is a few fields of text; an agenda or a vote's item list is the largest. */
export const MAX_WORKSHOP_BODY_BYTES = 64 * 1024;

const workshopPath = /^\/api\/plans\/([A-Za-z0-9_-]{1,100})\/workshop$/;

type Plan = { id: string; title: Localized; clusterId: string };

// Conflicts with the workshop's state are 409; a missing item 404; anything else wrong with the input 400.
const statusOf: Record<string, number> = {
	workshop_running: 409,
	workshop_ended: 409,
	vote_closed: 409,
	vote_changed: 409,
	vote_open: 409,
	vote_undone: 409,
	nothing_to_undo: 409,
	time_up: 409,
	per_person_limit: 409,
	per_item_limit: 409,
	not_author: 403,
	not_found: 404,
	schema_version: 409
};

/** Answers the workshop endpoint and returns true; returns false for any other request. */
export function serveWorkshop(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	res: ServerResponse,
	env: NodeJS.ProcessEnv = process.env,
	now: () => number = Date.now
): boolean {
	// Every answer carries the server's clock: the pages keep the shared timers in step with it.
	return serveEndpoint('workshop', workshopPath, req, res, async ([planId]) => {
		const reply = await decide(db, rooms, req, planId!, env, now);
		return { ...reply, body: { ...reply.body, now: now() } };
	});
}

// The plan door, then the body (it names the operation), then the role the operation needs.
async function decide(
	db: Db,
	rooms: Rooms,
	req: IncomingMessage,
	planId: string,
	env: NodeJS.ProcessEnv,
	now: () => number
): Promise<Reply> {
	const entered = await enterPlan(db, req, planId, MAX_WORKSHOP_BODY_BYTES, env);
	if (isRefused(entered)) return entered;
	const { user, plan, body } = entered;
	if ('status' in body) return body;
	const { op, ...args } = body.value;
	if (!isWorkshopOp(op)) return refusal(400, 'unknown_op', 'op');
	const needs = WORKSHOP_OPS[op] === 'run' ? 'workshop.run' : 'workshop.join';
	if (!can(user, needs, { clusterId: plan.clusterId })) return refusal(403, 'forbidden');
	try {
		return await run(db, rooms, plan, user, op, args, now());
	} catch (error) {
		if (!isPlanError(error)) throw error;
		return refusal(statusOf[error.code] ?? 400, error.code, error.field);
	}
}

async function run(
	db: Db,
	rooms: Rooms,
	plan: Plan,
	user: AppUser,
	op: WorkshopOp,
	args: Record<string, unknown>,
	now: number
): Promise<Reply> {
	const secret = await serverSecret(db, 'workshop-ballots');
	const ctx: OpContext = {
		by: participantOf(user, plan.clusterId),
		now,
		moderator: can(user, 'workshop.run', { clusterId: plan.clusterId }),
		// Opaque to peers, the same for one person in one vote, and different across votes and plans.
		anonymousKey: (voteId) =>
			'a-' +
			createHmac('sha256', secret)
				.update(`${plan.id}\n${voteId}\n${user.id}`)
				.digest('base64url')
				.slice(0, 22)
	};
	let present: Participant[] = [];
	const result = await rooms.change(plan.id, (doc) => {
		const answer = applyWorkshopOp(doc, op, args, ctx);
		if (op === 'start') present = rooms.usersIn(plan.id).map((other) => participantOf(other, plan.clusterId));
		return answer;
	});
	if (op === 'start') {
		// Those already on the plan when it starts have come to it too.
		for (const who of present) await rooms.attend(plan.id, who);
		await audit(db, {
			userId: user.id,
			action: 'workshop.start',
			clusterId: plan.clusterId,
			target: plan.id,
			detail: { workshopId: result.workshopId }
		});
	}
	if (op === 'start' || op === 'openVote') {
		const title = typeof args.title === 'string' ? args.title.trim() : '';
		await tellWorkshop(
			db,
			user,
			plan.id,
			op === 'start'
				? { kind: 'workshop_started', title, workshopId: String(result.workshopId) }
				: { kind: 'vote_opened', title, voteId: String(result.voteId) },
			now
		);
	}
	if (op === 'end') {
		// The plan as the workshop left it, kept as a version people can compare and review.
		const version = await saveVersion(db, user, plan, {
			label: `Workshop: ${String(result.title)}`.slice(0, 120),
			note: ''
		});
		await audit(db, {
			userId: user.id,
			action: 'workshop.end',
			clusterId: plan.clusterId,
			target: plan.id,
			detail: { workshopId: result.workshopId, title: result.title, version: version.id }
		});
		return { status: 200, body: { ok: true, result: { ...result, version: version.id } } };
	}
	return { status: 200, body: { ok: true, result } };
}
