// Whether the server has stored this browser's changes. y-websocket sends an update and hears nothing
// back; but our server answers a sync step 1 only after committing everything the socket sent before
// it (messages on a socket keep their order). So after a change we ask with a step 1 of our own, and
// its answer, a step 2, confirms every change made before we asked.
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as sync from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';

const messageSync = 0;
/** The provider's own question, sent as each socket opens: its answer confirms nothing of ours. */
const PROVIDERS_QUESTION = -1;

export class Confirmations {
	/** Local changes the server has not confirmed yet. */
	waiting = $state(false);
	/** This browser's own clock in the document at each question not answered yet, oldest first. */
	#asked: number[] = [];
	#socket: WebSocket | null = null;
	#wanted = 0;
	#confirmed = 0;
	#asking = false;

	constructor(
		private readonly provider: WebsocketProvider,
		private readonly doc: Y.Doc
	) {
		provider.on('status', ({ status }) => {
			if (status === 'connected') this.#listen();
		});
		// The first answer on a socket confirms nothing we wrote offline (the server had not read our
		// reply to its own question yet): ask again once synced.
		provider.on('sync', (synced: boolean) => {
			if (synced && this.waiting) this.#ask();
		});
	}

	/** A change was made here: it waits for the server's word. */
	changed(): void {
		this.#wanted = Y.getState(this.doc.store, this.doc.clientID);
		this.waiting = this.#wanted > this.#confirmed;
		if (!this.waiting || this.#asking) return;
		// Many changes in one task (a paste, an operation's several transactions) share one question.
		this.#asking = true;
		queueMicrotask(() => {
			this.#asking = false;
			this.#ask();
		});
	}

	#ask() {
		const socket = this.provider.ws;
		if (!socket || socket !== this.#socket || !this.provider.wsconnected || !this.provider.synced) return;
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, messageSync);
		sync.writeSyncStep1(encoder, this.doc);
		socket.send(encoding.toUint8Array(encoder));
		this.#asked.push(Y.getState(this.doc.store, this.doc.clientID));
	}

	#listen() {
		this.#socket?.removeEventListener('message', this.#heard);
		const socket = this.provider.ws;
		this.#socket = socket;
		// The provider sends its question right after saying it is connected.
		this.#asked = [PROVIDERS_QUESTION];
		socket?.addEventListener('message', this.#heard);
	}

	#heard = (event: MessageEvent) => {
		if (!(event.data instanceof ArrayBuffer)) return;
		const decoder = decoding.createDecoder(new Uint8Array(event.data));
		if (decoding.readVarUint(decoder) !== messageSync) return;
		if (decoding.readVarUint(decoder) !== sync.messageYjsSyncStep2) return;
		const clock = this.#asked.shift();
		if (clock === undefined || clock === PROVIDERS_QUESTION) return;
		this.#confirmed = Math.max(this.#confirmed, clock);
		this.waiting = this.#wanted > this.#confirmed;
	};

	destroy(): void {
		this.#socket?.removeEventListener('message', this.#heard);
		this.#socket = null;
	}
}
