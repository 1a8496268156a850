// Reminders of reporting deadlines come due by the server's clock, not by anyone's act: they are
// looked for when someone reads their notifications (at most every ten minutes of the server's
// clock, so a test that moves the clock sees them at once) and on a timer. `remindDeadlines` is
// idempotent (each reminder has its key), so two instances looking at once tell nobody twice.
import type { Db } from '../db';
import { remindDeadlines } from './deadlines';

export const REMINDERS_EVERY_MS = 10 * 60_000;

type Shared = { last: number; running: Promise<void> | null };
// On globalThis: the built app and the composition root each have their own copy of this module.
const KEY = Symbol.for('clusterplan.deadline-reminders');
const shared = ((globalThis as Record<symbol, unknown>)[KEY] ??= {
	last: -Infinity,
	running: null
}) as Shared;

/** Tells of the deadlines whose reminders are due at `now`, unless that was looked at just now. */
export async function runDueReminders(db: Db, now: number): Promise<void> {
	if (shared.running) return shared.running;
	if (Math.abs(now - shared.last) < REMINDERS_EVERY_MS) return;
	shared.last = now;
	shared.running = remindDeadlines(db, now)
		.then(() => undefined)
		.catch((error: unknown) => console.error('Clusterplan: deadline reminders failed', error))
		.finally(() => (shared.running = null));
	return shared.running;
}
