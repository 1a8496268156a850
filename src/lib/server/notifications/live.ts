// Tells a person's open pages that something new is in their list, so the bell counts up without a
// reload. Every path that notifies and every open stream of one instance meet here; with several
// instances the composition root hands in a relay (news over Redis), so a bell open on another
// instance hears too. Only news: the list itself is read from the database.
type Listener = () => void;
type Relay = (userId: string) => void;
type Shared = { listeners: Map<string, Set<Listener>>; relay: Relay | null };

// On globalThis: the built app and the composition root each have their own copy of this module.
const KEY = Symbol.for('clusterplan.notification-bells');
const shared = ((globalThis as Record<symbol, unknown>)[KEY] ??= {
	listeners: new Map(),
	relay: null
}) as Shared;

/** Rings the bells of `userId` here and, through the relay, on the other instances. */
export function ring(userId: string): void {
	deliverRing(userId);
	shared.relay?.(userId);
}

/** Rings the bells open on this instance only (news heard from another instance). */
export function deliverRing(userId: string): void {
	for (const listener of shared.listeners.get(userId) ?? []) listener();
}

/** Sends every ring to the other instances too (null: this instance is alone). */
export function relayRings(relay: Relay | null): void {
	shared.relay = relay;
}

/** Listens for `userId`'s rings; returns the function that stops listening. */
export function listenForRings(userId: string, listener: Listener): () => void {
	let set = shared.listeners.get(userId);
	if (!set) shared.listeners.set(userId, (set = new Set()));
	set.add(listener);
	return () => {
		set.delete(listener);
		if (set.size === 0) shared.listeners.delete(userId);
	};
}
