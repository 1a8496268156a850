// One plan's live session in the browser: the Yjs document, its y-websocket provider, an offline
// copy in IndexedDB, the connection state people see, the plan as plain data for rendering, and
// this user's undo history. A past version opens as a session too (`PlanSession.ofVersion`), read
// only and connected to nothing, so the plan's pages show it with the same editors.
// Opened by the plan's layout (live-plan.svelte.ts) and passed by context: never a module singleton
// (SSR shares modules).
import { getContext, setContext } from 'svelte';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { Awareness } from 'y-protocols/awareness';
import { migrate, planRoots, share, snapshot, type PlanData } from '$lib/plan';
import { Confirmations } from './confirmations.svelte';
import { Drafts } from './drafts.svelte';
import { Presence } from './presence.svelte';

export type ConnectionState = 'connecting' | 'online' | 'offline';

/** What the badge says of the plan once online: typed or changed here but not stored yet, or stored. */
export type SavingState = 'syncing' | 'saving' | 'saved';

/** A saved version shown instead of the live plan. */
export type PastVersion = { id: number; label: string };

/** The plain text of descriptions follows the rich text once typing pauses this long... */
const TEXT_SNAPSHOT_PAUSE_MS = 400;
/** ...and at least this often during long typing. */
const TEXT_SNAPSHOT_MAX_WAIT_MS = 2000;

function isRichText(type: unknown): boolean {
	return type instanceof Y.XmlFragment || type instanceof Y.XmlText;
}

export class PlanSession {
	readonly doc = new Y.Doc();
	/** Null for a past version: it is connected to nothing. */
	readonly provider: WebsocketProvider | null = null;
	readonly offline: IndexeddbPersistence | null = null;
	/** The provider's awareness, or for a past version one of its own that nobody else shares. */
	readonly awareness: Awareness;
	/** Set when this session shows a saved version rather than the live plan. */
	readonly past: PastVersion | null = null;
	readonly undo: Y.UndoManager;
	readonly presence: Presence;
	/** Text typed in this plan's fields and not yet written to it. */
	readonly drafts = new Drafts();
	/** Null for a past version, which is connected to nothing. */
	readonly confirmations: Confirmations | null = null;
	connection = $state<ConnectionState>('connecting');
	synced = $state(false);
	/** Local changes made since the server last confirmed a full sync. */
	unsynced = $state(0);
	plan = $state.raw<PlanData | null>(null);
	canUndo = $state(false);
	canRedo = $state(false);
	#frame = 0;
	#textTimer: ReturnType<typeof setTimeout> | 0 = 0;
	#textSince = 0;
	#unlisten = () => {};

	constructor(
		readonly planId: string,
		readonly title: string,
		readonly canEdit: boolean,
		username: string,
		version?: { past: PastVersion; state: Uint8Array }
	) {
		if (version) {
			this.past = version.past;
			this.awareness = new Awareness(this.doc);
			this.presence = new Presence(this.awareness);
			Y.applyUpdate(this.doc, version.state);
			// A version kept by older code is read in today's layout, as the server does when it loads one.
			migrate(this.doc);
			this.undo = new Y.UndoManager(planRoots(this.doc));
			this.connection = 'offline';
			this.synced = true;
			this.#render();
			// Every page is read-only here; a change would only mislead the reader about the version.
			this.doc.on('update', () => console.error(`Past version v${version.past.id} was changed on screen`));
			return;
		}
		// Edits made without a connection live here until the server has them, even across a reload
		// or a closed tab. One copy per account, so a shared computer never sends one person's
		// pending edits under another's name.
		const offline = new IndexeddbPersistence(`clusterplan/${username}/${planId}`, this.doc);
		this.offline = offline;
		offline.on('synced', () => this.#render());
		const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
		const provider = new WebsocketProvider(`${scheme}://${location.host}/collab`, planId, this.doc);
		this.provider = provider;
		this.awareness = provider.awareness;
		this.presence = new Presence(provider.awareness);
		this.undo = new Y.UndoManager(planRoots(this.doc));
		const confirmations = new Confirmations(provider, this.doc);
		this.confirmations = confirmations;
		this.#unlisten = this.drafts.flushOnLeave(window);
		provider.on('status', ({ status }) => {
			// y-websocket says "disconnected" once, when an open connection drops, and "connecting" for
			// every retry after it: once lost (or never made), the plan is offline until a connection is back.
			const lost =
				status === 'disconnected' || this.connection === 'offline' || provider.wsUnsuccessfulReconnects > 0;
			this.connection = status === 'connected' ? 'online' : lost ? 'offline' : 'connecting';
		});
		provider.on('sync', (synced: boolean) => {
			this.synced = synced;
			if (!synced) return;
			this.unsynced = 0;
			// A plan nobody had opened is laid out by the server when its room opens, before any sync.
			this.#render();
		});
		this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
			const local = origin !== provider && origin !== offline;
			if (!local) return;
			if (this.connection !== 'online') this.unsynced += 1;
			confirmations.changed();
		});
		this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
			if (transaction.changed.size === 0 && transaction.deleteSet.clients.size === 0) return;
			if ([...transaction.changed.keys()].every(isRichText)) this.#scheduleText();
			else this.#schedule();
		});
		this.undo.on('stack-item-added', () => this.#undoState());
		this.undo.on('stack-item-popped', () => this.#undoState());
	}

	/** Whether everything typed and changed here is stored on the server (once online). */
	get saving(): SavingState {
		if (!this.synced) return 'syncing';
		return this.drafts.pending > 0 || this.confirmations?.waiting ? 'saving' : 'saved';
	}

	/** A saved version as a read-only session: `state` is its encoded Yjs document. */
	static ofVersion(planId: string, title: string, past: PastVersion, state: Uint8Array): PlanSession {
		return new PlanSession(planId, title, false, '', { past, state });
	}

	#undoState() {
		this.canUndo = this.undo.undoStack.length > 0;
		this.canRedo = this.undo.redoStack.length > 0;
	}

	// Many updates can arrive in one frame (a peer's drag, a sync); one snapshot per frame is enough.
	#schedule() {
		if (this.#frame) return;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = 0;
			this.#render();
		});
	}

	// Typing in a description changes only its rich text, which the editors and previews follow
	// themselves: the plain text in the snapshot (for markers and lists) can follow a moment later,
	// so a keystroke costs no re-read of the whole plan on the typist's page or anyone else's.
	// A re-read in the middle of someone's typing would delay their next keys (and the peers'), so it
	// waits for a pause in the typing, but never longer than the maximum.
	#scheduleText() {
		if (this.#frame) return;
		const now = performance.now();
		if (!this.#textTimer) this.#textSince = now;
		clearTimeout(this.#textTimer);
		const wait = Math.min(TEXT_SNAPSHOT_PAUSE_MS, this.#textSince + TEXT_SNAPSHOT_MAX_WAIT_MS - now);
		this.#textTimer = setTimeout(() => this.#render(), Math.max(0, wait));
	}

	#render() {
		// One render per frame at most: a sync that renders at once makes the scheduled frame moot.
		cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		clearTimeout(this.#textTimer);
		this.#textTimer = 0;
		if (this.doc.getMap('meta').get('schemaVersion') === undefined) return;
		this.plan = share(this.plan, snapshot(this.doc));
	}

	destroy() {
		// Whatever is still typed goes in before the document is let go (a tab switched to another plan).
		this.drafts.flush();
		this.#unlisten();
		this.confirmations?.destroy();
		cancelAnimationFrame(this.#frame);
		clearTimeout(this.#textTimer);
		this.undo.destroy();
		this.presence.destroy();
		// The provider destroys its awareness; a past version's own awareness has a timer to stop.
		if (this.provider) this.provider.destroy();
		else this.awareness.destroy();
		void this.offline?.destroy();
		this.doc.destroy();
	}
}

const key = Symbol('plan-session');

export function setPlanContext(session: PlanSession): PlanSession {
	return setContext(key, session);
}

export function getPlanContext(): PlanSession {
	return getContext<PlanSession>(key);
}
