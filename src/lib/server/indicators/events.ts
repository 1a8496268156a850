// Tells open monitoring views that a plan's values or approvals changed, so they refresh without a
// reload. Every recording path and every open view of one instance meet here; with several
// instances the composition root hands in a relay (news over Redis), so the views open on the other
// instances hear too, and what they relay back is delivered here.
export type MonitoringEvent =
	{ kind: 'values'; periods: string[] } | { kind: 'period'; year: number; state: string };

type Listener = (event: MonitoringEvent) => void;
type Relay = (planId: string, event: MonitoringEvent) => void;
type Shared = { listeners: Map<string, Set<Listener>>; relay: Relay | null };

// On globalThis: the built app and the composition root each have their own copy of this module.
const KEY = Symbol.for('clusterplan.monitoring-events');
const shared = ((globalThis as Record<symbol, unknown>)[KEY] ??= {
	listeners: new Map(),
	relay: null
}) as Shared;

export function publish(planId: string, event: MonitoringEvent): void {
	deliver(planId, event);
	shared.relay?.(planId, event);
}

/** Hands an event to this instance's open views only (one heard from another instance). */
export function deliver(planId: string, event: MonitoringEvent): void {
	for (const listener of shared.listeners.get(planId) ?? []) listener(event);
}

/** Sends every event published here to the other instances too (null: this instance is alone). */
export function relayMonitoringEvents(relay: Relay | null): void {
	shared.relay = relay;
}

/** Listens to a plan's events; returns the function that stops listening. */
export function subscribe(planId: string, listener: Listener): () => void {
	let set = shared.listeners.get(planId);
	if (!set) shared.listeners.set(planId, (set = new Set()));
	set.add(listener);
	return () => {
		set.delete(listener);
		if (set.size === 0) shared.listeners.delete(planId);
	};
}
