// Who else is on the plan, and what they are doing: the y-websocket awareness states as runes.
// Nothing here is written to the document: pointers, selections and in-flight drags change many
// times a second and would leave bytes in the document forever.
import type { Awareness } from 'y-protocols/awareness';

/** The name and colour the server stamps on every state from the session. */
export type PeerUser = { id: string; name: string; color: string };
export type Point = { x: number; y: number };

/** What one open page of another person shares. */
export type Peer = {
	clientId: number;
	user: PeerUser;
	/** The page they are on, such as `map`. */
	page: string | null;
	/**
	 * Their pointer in map coordinates, so it lands on the same spot whatever their zoom. (Carets in
	 * rich text travel apart, in `textCursor`, written and read by the editor's own plugin.)
	 */
	cursor: Point | null;
	selection: string[];
	/** Nodes they are dragging right now, with where they are at this moment. */
	drag: Record<string, Point>;
	/** The form field they are typing in, such as `<itemId>:title`, so others see it is taken. */
	field: string | null;
};

type LocalFields = {
	page: string | null;
	cursor: Point | null;
	selection: string[];
	drag: Record<string, Point>;
	field: string | null;
};

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** Longer than any field key we make (an id, a colon, a field name); anything past it is not ours. */
const FIELD_KEY_MAX = 200;

function isPoint(value: unknown): value is Point {
	const p = value as Point;
	return typeof p === 'object' && p !== null && Number.isFinite(p.x) && Number.isFinite(p.y);
}

// Another client may run other code: take only well-formed fields, never trust the shape.
function toPeer(clientId: number, state: Record<string, unknown>): Peer | null {
	const user = state.user as PeerUser | undefined;
	if (!user || typeof user.id !== 'string' || typeof user.name !== 'string') return null;
	const drag: Record<string, Point> = {};
	if (typeof state.drag === 'object' && state.drag !== null) {
		for (const [id, point] of Object.entries(state.drag)) if (isPoint(point)) drag[id] = point;
	}
	return {
		clientId,
		user: { id: user.id, name: user.name, color: typeof user.color === 'string' ? user.color : '#555' },
		page: typeof state.page === 'string' ? state.page : null,
		cursor: isPoint(state.cursor) ? state.cursor : null,
		selection: Array.isArray(state.selection)
			? state.selection.filter((id): id is string => typeof id === 'string')
			: [],
		drag,
		field: typeof state.field === 'string' && state.field.length <= FIELD_KEY_MAX ? state.field : null
	};
}

export class Presence {
	/** Everyone else with this plan open, one entry per browser tab. */
	peers = $state.raw<Peer[]>([]);
	#pending: Partial<LocalFields> = {};
	#frame = 0;

	constructor(readonly awareness: Awareness) {
		awareness.setLocalState({
			page: null,
			cursor: null,
			selection: [],
			drag: {},
			field: null
		} satisfies LocalFields);
		awareness.on('change', this.#read);
	}

	#read = ({ added, updated, removed }: AwarenessChange) => {
		// My own pointer and drag change every frame while the others stay as they were: keep the same
		// list, so nothing that shows them (the map's nodes, the cursors, who is here) looks again.
		const changed = [...added, ...updated, ...removed];
		if (changed.length && changed.every((id) => id === this.awareness.clientID)) return;
		const peers: Peer[] = [];
		for (const [clientId, state] of this.awareness.getStates()) {
			if (clientId === this.awareness.clientID) continue;
			const peer = toPeer(clientId, state);
			if (peer) peers.push(peer);
		}
		this.peers = peers;
	};

	/**
	 * Shares fields with the others. Calls within one frame are merged into one message, so a drag
	 * or a moving pointer sends at most one update per frame.
	 */
	share(fields: Partial<LocalFields>) {
		Object.assign(this.#pending, fields);
		if (this.#frame) return;
		this.#frame = requestAnimationFrame(() => this.flush());
	}

	/** Sends what is pending now (a drag's end must not wait for the next frame). */
	flush() {
		cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		const fields = this.#pending;
		this.#pending = {};
		const current = this.awareness.getLocalState();
		if (current && Object.keys(fields).length) this.awareness.setLocalState({ ...current, ...fields });
	}

	/** People here, once each however many tabs they have open. */
	get people(): PeerUser[] {
		return this.peers
			.filter((peer, i) => this.peers.findIndex((p) => p.user.id === peer.user.id) === i)
			.map((peer) => peer.user);
	}

	destroy() {
		cancelAnimationFrame(this.#frame);
		this.awareness.off('change', this.#read);
	}
}
