// Plans the server will not open: their stored document could not be read or is in a layout this
// code cannot migrate (written by newer code). Found at start or when a room first loads; they stay
// closed until the next start, reported in the log and by /api/health, while every other plan serves.

/** Thrown when a closed plan is asked for; every door answers it 503 `plan_unavailable`. */
export class PlanUnavailable extends Error {
	constructor(
		readonly planId: string,
		readonly reason: string
	) {
		super(`plan ${planId} is closed: ${reason}`);
		this.name = 'PlanUnavailable';
	}
}

export class ClosedPlans {
	readonly #reasons = new Map<string, string>();

	/** Closes `planId` for `reason` (logged once). */
	close(planId: string, reason: string): void {
		if (this.#reasons.has(planId)) return;
		this.#reasons.set(planId, reason);
		console.error(`collab: plan ${planId} is closed until the next start: ${reason}`);
	}

	/** Why `planId` is closed, or undefined when it is open. */
	reason(planId: string): string | undefined {
		return this.#reasons.get(planId);
	}

	/** Throws PlanUnavailable when `planId` is closed. */
	check(planId: string): void {
		const reason = this.#reasons.get(planId);
		if (reason !== undefined) throw new PlanUnavailable(planId, reason);
	}

	list(): { planId: string; reason: string }[] {
		return [...this.#reasons].map(([planId, reason]) => ({ planId, reason }));
	}
}
