// The browser's one way to change a workshop: a POST to the collab server's workshop door, which
// checks the role and applies the operation on the live document everyone sees. Every answer
// carries the server's clock, which keeps the shared timers in step across machines.
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
	let response: Response;
	try {
		response = await fetch(`/api/plans/${encodeURIComponent(planId)}/workshop`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ ...args, op })
		});
	} catch {
		return { ok: false, status: 0, code: 'offline' };
	}
	const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
	if (typeof body.now === 'number') serverClock.observe(body.now, sentAt, Date.now());
	if (response.ok)
		return { ok: true, result: (body.result as Record<string, unknown>) ?? {}, now: body.now as number };
	return {
		ok: false,
		status: response.status,
		code: typeof body.code === 'string' ? body.code : 'failed',
		...(typeof body.field === 'string' ? { field: body.field } : {})
	};
}
