// News between instances over Redis pub/sub: per plan, one channel for stored updates (with their
// sequences) and one for presence, and one channel where every instance says it is alive. Pub/sub
// may lose messages (a subscriber that was away hears nothing of what it missed), which is why
// news of updates only says what PostgreSQL already holds: a room that sees a gap, or hears that
// the connection came back, reads the log.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Entry } from '../../src/lib/server/documents/store';
import type { Hearing, News } from './news';

/** How often an instance says it is alive, and after how long without a word it is taken for gone. */
export const ALIVE_EVERY_MS = 1000;
export const GONE_AFTER_MS = 4000;

// What a presence message is.
const PRESENCE_UPDATE = 0;
const PRESENCE_ASK = 1;

function encodeUpdates(instance: string, entries: ReadonlyArray<Entry>): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarString(encoder, instance);
	encoding.writeVarUint(encoder, entries.length);
	for (const { seq, update } of entries) {
		encoding.writeVarUint(encoder, seq);
		encoding.writeVarUint8Array(encoder, update);
	}
	return encoding.toUint8Array(encoder);
}

function decodeUpdates(decoder: decoding.Decoder): Entry[] {
	const count = decoding.readVarUint(decoder);
	const entries: Entry[] = [];
	for (let i = 0; i < count; i++) {
		const seq = decoding.readVarUint(decoder);
		entries.push({ seq, update: decoding.readVarUint8Array(decoder) });
	}
	return entries;
}

function encodePresence(instance: string, kind: number, update?: Uint8Array): Buffer {
	const encoder = encoding.createEncoder();
	encoding.writeVarString(encoder, instance);
	encoding.writeVarUint(encoder, kind);
	if (update) encoding.writeVarUint8Array(encoder, update);
	return Buffer.from(encoding.toUint8Array(encoder));
}

/**
 * News over the Redis at `url`, on channels named after `database` (so instances of two
 * installations sharing one Redis never hear each other); resolves once both connections are up.
 */
export async function redisNews(
	url: string,
	database: string,
	instance: string = randomUUID(),
	now: () => number = Date.now
): Promise<News> {
	const prefix = `clusterplan:${database}:`;
	const updatesOf = (planId: string) => `${prefix}updates:${planId}`;
	const presenceOf = (planId: string) => `${prefix}presence:${planId}`;
	const aliveChannel = `${prefix}alive`;
	const topicOf = (topic: string) => `${prefix}topic:${topic}`;
	const topics = new Map<string, ((planId: string, body: unknown) => void)[]>();
	// Publishing never waits for a Redis that is away: the news is dropped and the others read the
	// log when they see the gap. The subscriber reconnects and subscribes again by itself.
	const publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true });
	const subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
	for (const [name, client] of [
		['publisher', publisher],
		['subscriber', subscriber]
	] as const) {
		let reported = false;
		client.on('error', (error: Error) => {
			// Once per outage, not once per retry.
			if (!reported) console.warn(`collab: Redis ${name}: ${error.message}`);
			reported = true;
		});
		client.on('ready', () => (reported = false));
	}
	await Promise.all([publisher.connect(), subscriber.connect()]);

	const hearings = new Map<string, Set<Hearing>>();
	const resumed: (() => void)[] = [];
	const gone: ((instance: string) => void)[] = [];
	const lastHeard = new Map<string, number>();
	let closing = false;
	let ready = true;
	const send = (channel: string, message: Buffer) => publisher.publish(channel, message).catch(() => {});

	subscriber.on('close', () => (ready = false));
	subscriber.on('ready', () => {
		if (ready || closing) return;
		ready = true;
		// Whoever was heard from before the break gets a fresh start, not a verdict of gone.
		for (const other of lastHeard.keys()) lastHeard.set(other, now());
		for (const listener of resumed) listener();
	});
	subscriber.on('messageBuffer', (channelBuffer: Buffer, message: Buffer) => {
		const channel = channelBuffer.toString('utf8');
		try {
			const decoder = decoding.createDecoder(
				new Uint8Array(message.buffer, message.byteOffset, message.byteLength)
			);
			const from = decoding.readVarString(decoder);
			if (from === instance) return;
			lastHeard.set(from, now());
			if (channel === aliveChannel) return;
			if (channel.startsWith(`${prefix}topic:`)) {
				const planId = decoding.readVarString(decoder);
				const body: unknown = JSON.parse(decoding.readVarString(decoder));
				for (const listener of topics.get(channel.slice(`${prefix}topic:`.length)) ?? [])
					listener(planId, body);
				return;
			}
			const planId = channel.startsWith(`${prefix}updates:`)
				? channel.slice(`${prefix}updates:`.length)
				: channel.slice(`${prefix}presence:`.length);
			const heard = hearings.get(planId);
			if (!heard) return;
			if (channel.startsWith(`${prefix}updates:`)) {
				const entries = decodeUpdates(decoder);
				for (const hearing of heard) hearing.updates(entries);
				return;
			}
			const kind = decoding.readVarUint(decoder);
			if (kind === PRESENCE_ASK) {
				for (const hearing of heard) {
					const states = hearing.presenceNow();
					if (states) void send(presenceOf(planId), encodePresence(instance, PRESENCE_UPDATE, states));
				}
				return;
			}
			const update = decoding.readVarUint8Array(decoder);
			for (const hearing of heard) hearing.presence(update, from);
		} catch (error) {
			console.error(`collab: unreadable news on ${channel}`, error);
		}
	});

	// Saying it is alive, and taking the silent for gone.
	const aliveMessage = Buffer.from(encoding.encode((encoder) => encoding.writeVarString(encoder, instance)));
	const alive = setInterval(() => {
		void send(aliveChannel, aliveMessage);
		if (!ready) return;
		for (const [other, at] of lastHeard) {
			if (now() - at < GONE_AFTER_MS) continue;
			lastHeard.delete(other);
			for (const listener of gone) listener(other);
		}
	}, ALIVE_EVERY_MS);
	alive.unref();
	await subscriber.subscribe(aliveChannel);

	const subscribe = async (channels: string[]) => {
		// With Redis away the subscription waits for it, the room does not: it serves its own
		// sockets and reads the log once the connection is back (`onResumed`).
		const subscribed = subscriber.subscribe(...channels).catch(() => {});
		if (ready) await subscribed;
	};

	return {
		instance,
		publish(planId, entries) {
			if (entries.length === 0) return;
			void send(updatesOf(planId), Buffer.from(encodeUpdates(instance, entries)));
		},
		tellPresence(planId, update) {
			void send(presenceOf(planId), encodePresence(instance, PRESENCE_UPDATE, update));
		},
		async follow(planId, hearing) {
			let heard = hearings.get(planId);
			if (!heard) {
				hearings.set(planId, (heard = new Set()));
				await subscribe([updatesOf(planId), presenceOf(planId)]);
			}
			heard.add(hearing);
			// Those already on the plan elsewhere answer with their presence.
			void send(presenceOf(planId), encodePresence(instance, PRESENCE_ASK));
			return () => {
				heard.delete(hearing);
				if (heard.size > 0 || hearings.get(planId) !== heard) return;
				hearings.delete(planId);
				subscriber.unsubscribe(updatesOf(planId), presenceOf(planId)).catch(() => {});
			};
		},
		onResumed(listener) {
			resumed.push(listener);
		},
		onGone(listener) {
			gone.push(listener);
		},
		tell(topic, planId, body) {
			const message = encoding.encode((encoder) => {
				encoding.writeVarString(encoder, instance);
				encoding.writeVarString(encoder, planId);
				encoding.writeVarString(encoder, JSON.stringify(body));
			});
			void send(topicOf(topic), Buffer.from(message));
		},
		async hear(topic, listener) {
			const listeners = topics.get(topic);
			if (listeners) return void listeners.push(listener);
			topics.set(topic, [listener]);
			await subscribe([topicOf(topic)]);
		},
		async close() {
			closing = true;
			clearInterval(alive);
			publisher.disconnect();
			subscriber.disconnect();
		}
	};
}
