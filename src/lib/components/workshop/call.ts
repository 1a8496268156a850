// The browser's one way to change a workshop: a POST to the collab server's workshop door, which
// checks the role and applies the operation on the live document everyone sees. Every answer
// carries the server's clock, which keeps the shared timers in step across machines.
import { send } from '$lib/api/send';
import type { WorkshopOp } from '$lib/plan/workshop';

export type WorkshopReply =
	| { ok: true; result: Record<string, unknown>; now: number }
	| { ok: false; status: number; code: string; field?: string };

/** Milliseconds to add to this machine's clock to read the server's. */
class ServerClock {
	offset = 0;

	/** Takes the server's time as of about half the round trip before `receivedAt`. */
	observe(serverNow: number, sentAt: number, receivedAt: number): void {
		this.offset = serverNow - (sentAt + receivedAt) / 2;
	}

	serverNow(): number {
		return Date.now() + this.offset;
	}
}

export const serverClock = new ServerClock();

export async function callWorkshop(
	planId: string,
	op: WorkshopOp,
	args: Record<string, unknown> = {}
): Promise<WorkshopReply> {
	const sentAt = Date.now();
	const sent = await send<{ result?: Record<string, unknown>; now?: number }>(
		`/api/plans/${encodeURIComponent(planId)}/workshop`,
		{ method: 'POST', json: { ...args, op } }
	);
	const now = sent.body.now;
	if (typeof now === 'number') serverClock.observe(now, sentAt, Date.now());
	if (sent.ok) return { ok: true, result: sent.body.result ?? {}, now: now as number };
	return {
		ok: false,
		status: sent.status,
		code: sent.code,
		...(sent.field !== undefined ? { field: sent.field } : {})
	};
}
