// The y-websocket wire format (y-protocols sync, awareness and auth messages), decoded strictly:
// every length is bounds-checked and a message must be consumed exactly, so a truncated, padded
// or unknown frame is rejected before any of it is acted on.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CloseCode } from './limits';

export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;

const syncStep1 = 0;
const syncStep2 = 1;
const syncUpdate = 2;

/** A frame the server cannot accept; closes the sending connection only, with `code`. */
export class ProtocolError extends Error {
	constructor(
		message: string,
		readonly code: number = CloseCode.malformed
	) {
		super(message);
	}
}

/** One client's presence as carried by an awareness message; `state` null means "left". */
export type AwarenessEntry = { clientId: number; clock: number; state: unknown };

/**
 * The largest presence state relayed (its JSON): a pointer, a selection, a drag of a few hundred
 * nodes. A larger one is dropped unread, never parsed or passed on to every peer.
 */
export const MAX_PRESENCE_BYTES = 64 * 1024;

export type ClientMessage =
	| { type: 'sync-step1'; stateVector: Uint8Array }
	| { type: 'sync-step2' | 'update'; update: Uint8Array }
	| { type: 'awareness'; entries: AwarenessEntry[] }
	| { type: 'query-awareness' };

function readUint(decoder: decoding.Decoder): number {
	try {
		return decoding.readVarUint(decoder);
	} catch (e) {
		throw new ProtocolError(`bad number: ${(e as Error).message}`);
	}
}

// lib0's readVarUint8Array trusts the length; on a pooled Node Buffer that would read past the
// frame into unrelated memory instead of failing, so the bounds are checked here.
function readBytes(decoder: decoding.Decoder): Uint8Array {
	const length = readUint(decoder);
	if (length > decoder.arr.length - decoder.pos) throw new ProtocolError('truncated message');
	const bytes = decoder.arr.subarray(decoder.pos, decoder.pos + length);
	decoder.pos += length;
	return bytes;
}

/** The length prefix of the next byte string, without consuming it. */
function peekLength(decoder: decoding.Decoder): number {
	const at = decoder.pos;
	const length = readUint(decoder);
	decoder.pos = at;
	return length;
}

function readString(decoder: decoding.Decoder): string {
	const bytes = readBytes(decoder);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ProtocolError('invalid UTF-8');
	}
}

function readAwareness(bytes: Uint8Array): AwarenessEntry[] {
	const decoder = decoding.createDecoder(bytes);
	const count = readUint(decoder);
	const entries: AwarenessEntry[] = [];
	for (let i = 0; i < count; i++) {
		const clientId = readUint(decoder);
		const clock = readUint(decoder);
		if (peekLength(decoder) > MAX_PRESENCE_BYTES) {
			readBytes(decoder);
			continue;
		}
		const json = readString(decoder);
		let state: unknown;
		try {
			state = JSON.parse(json);
		} catch {
			throw new ProtocolError('awareness state is not JSON');
		}
		entries.push({ clientId, clock, state });
	}
	if (decoder.pos !== bytes.length) throw new ProtocolError('trailing bytes in awareness update');
	return entries;
}

function readSync(decoder: decoding.Decoder): ClientMessage {
	const kind = readUint(decoder);
	const payload = readBytes(decoder);
	if (kind === syncStep1) {
		try {
			Y.decodeStateVector(payload);
		} catch {
			throw new ProtocolError('malformed state vector');
		}
		return { type: 'sync-step1', stateVector: payload };
	}
	if (kind === syncStep2) return { type: 'sync-step2', update: payload };
	if (kind === syncUpdate) return { type: 'update', update: payload };
	throw new ProtocolError(`unknown sync message ${kind}`);
}

/** Decodes one client frame or throws ProtocolError. Updates are checked further by `checkUpdate`. */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
	const decoder = decoding.createDecoder(frame);
	const type = readUint(decoder);
	let message: ClientMessage;
	if (type === messageSync) message = readSync(decoder);
	else if (type === messageAwareness)
		message = { type: 'awareness', entries: readAwareness(readBytes(decoder)) };
	else if (type === messageQueryAwareness) message = { type: 'query-awareness' };
	else throw new ProtocolError(`unknown message type ${type}`);
	if (decoder.pos !== frame.length) throw new ProtocolError('trailing bytes');
	return message;
}

function build(write: (encoder: encoding.Encoder) => void): Uint8Array {
	const encoder = encoding.createEncoder();
	write(encoder);
	return encoding.toUint8Array(encoder);
}

/** The server's state vector, asking the client for what the server lacks. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
	return build((e) => {
		encoding.writeVarUint(e, messageSync);
		encoding.writeVarUint(e, syncStep1);
		encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
	});
}

/** What the client lacks: `update` is the server's stored state less what the client's state vector says it has. */
export function encodeSyncStep2Update(update: Uint8Array): Uint8Array {
	return build((e) => {
		encoding.writeVarUint(e, messageSync);
		encoding.writeVarUint(e, syncStep2);
		encoding.writeVarUint8Array(e, update);
	});
}

/** One committed update, as broadcast to peers. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
	return build((e) => {
		encoding.writeVarUint(e, messageSync);
		encoding.writeVarUint(e, syncUpdate);
		encoding.writeVarUint8Array(e, update);
	});
}

/** An awareness message carrying already-encoded awareness update bytes. */
export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
	return build((e) => {
		encoding.writeVarUint(e, messageAwareness);
		encoding.writeVarUint8Array(e, awarenessUpdate);
	});
}

/** Encodes awareness entries in y-protocols' awareness update format. */
export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
	return build((e) => {
		encoding.writeVarUint(e, entries.length);
		for (const entry of entries) {
			encoding.writeVarUint(e, entry.clientId);
			encoding.writeVarUint(e, entry.clock);
			encoding.writeVarString(e, JSON.stringify(entry.state));
		}
	});
}

/** y-protocols' auth "permission denied" message; the y-websocket client logs the reason. */
export function encodePermissionDenied(reason: string): Uint8Array {
	return build((e) => {
		encoding.writeVarUint(e, messageAuth);
		encoding.writeVarUint(e, 0);
		encoding.writeVarString(e, reason);
	});
}
