// The shared step timer. Stored as when it started and how long it ran before, in server time, so
// every screen computes the same remaining time from its own clock corrected to the server's.
import type { AgendaStep, Timer } from './types';

/** Milliseconds the timer has run at `now`. */
export function elapsedMs(timer: Timer, now: number): number {
	return timer.elapsed + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/** Milliseconds left in `step` at `now`; negative when the step runs over, null with no step. */
export function remainingMs(timer: Timer, step: AgendaStep | undefined, now: number): number | null {
	if (!step || timer.stepId !== step.id) return null;
	return step.minutes * 60_000 - elapsedMs(timer, now);
}

/** The timer stopped at `now`, keeping what it ran. */
export function paused(timer: Timer, now: number): Timer {
	return { stepId: timer.stepId, startedAt: null, elapsed: elapsedMs(timer, now) };
}
