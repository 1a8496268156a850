// Open sockets keep what they last learnt of their session and role and check each message against
// it; any change that could take a right away (a session ended, a role changed or removed) moves
// this count on, and a socket whose answer is older than the count asks the database again. With
// several instances the composition root hands in a relay, so a change made on one reaches the
// sockets of all. Only news: the rights themselves are always read from the database.
type Relay = () => void;
type Shared = { changes: number; relay: Relay | null };

// On globalThis: the built app and the composition root each have their own copy of this module.
const KEY = Symbol.for('clusterplan.access-changes');
const shared = ((globalThis as Record<symbol, unknown>)[KEY] ??= { changes: 0, relay: null }) as Shared;

/** How many changes of access this instance has heard of; compare, never interpret. */
export function accessChanges(): number {
	return shared.changes;
}

/** Says that someone's session or role changed, here and on the other instances. */
export function accessChanged(): void {
	shared.changes += 1;
	shared.relay?.();
}

/** A change heard from another instance: counted here, not told again. */
export function accessChangedElsewhere(): void {
	shared.changes += 1;
}

/** Tells every change to the other instances too (null: this instance is alone). */
export function relayAccessChanges(relay: Relay | null): void {
	shared.relay = relay;
}
