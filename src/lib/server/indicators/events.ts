// Tells open monitoring views that a plan's values or approvals changed, so they refresh without a
// reload. In-process: every recording path runs in the one server process. Several instances would
// put Redis pub/sub behind this same pair of functions.
export type MonitoringEvent =
	{ kind: 'values'; periods: string[] } | { kind: 'period'; year: number; state: string };

type Listener = (event: MonitoringEvent) => void;

const listeners = new Map<string, Set<Listener>>();

export function publish(planId: string, event: MonitoringEvent): void {
	for (const listener of listeners.get(planId) ?? []) listener(event);
}

/** Listens to a plan's events; returns the function that stops listening. */
export function subscribe(planId: string, listener: Listener): () => void {
	let set = listeners.get(planId);
	if (!set) listeners.set(planId, (set = new Set()));
	set.add(listener);
	return () => {
		set.delete(listener);
		if (set.size === 0) listeners.delete(planId);
	};
}
