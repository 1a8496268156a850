// News between instances over Redis pub/sub: one channel per plan, each message the stored updates
// with their sequences and the instance that stored them. Pub/sub may lose messages (a subscriber
// that was away hears nothing of what it missed), which is why news only says what PostgreSQL
// already holds: a room that sees a gap, or hears that the connection came back, reads the log.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Entry } from '../../src/lib/server/documents/store';
import type { News } from './news';

function encodeNews(instance: string, entries: ReadonlyArray<Entry>): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarString(encoder, instance);
	encoding.writeVarUint(encoder, entries.length);
	for (const { seq, update } of entries) {
		encoding.writeVarUint(encoder, seq);
		encoding.writeVarUint8Array(encoder, update);
	}
	return encoding.toUint8Array(encoder);
}

function decodeNews(message: Uint8Array): { instance: string; entries: Entry[] } {
	const decoder = decoding.createDecoder(message);
	const instance = decoding.readVarString(decoder);
	const count = decoding.readVarUint(decoder);
	const entries: Entry[] = [];
	for (let i = 0; i < count; i++) {
		const seq = decoding.readVarUint(decoder);
		entries.push({ seq, update: decoding.readVarUint8Array(decoder) });
	}
	return { instance, entries };
}

/**
 * News over the Redis at `url`, on channels named after `database` (so instances of two
 * installations sharing one Redis never hear each other); resolves once both connections are up.
 */
export async function redisNews(
	url: string,
	database: string,
	instance: string = randomUUID()
): Promise<News> {
	const prefix = `clusterplan:${database}:plan:`;
	const channelOf = (planId: string) => prefix + planId;
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

	const hearers = new Map<string, Set<(entries: Entry[]) => void>>();
	const resumed: (() => void)[] = [];
	let closing = false;
	let ready = true;
	subscriber.on('close', () => (ready = false));
	subscriber.on('ready', () => {
		if (ready || closing) return;
		ready = true;
		for (const listener of resumed) listener();
	});
	subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
		const planId = channel.toString('utf8').slice(prefix.length);
		const hear = hearers.get(planId);
		if (!hear) return;
		let news;
		try {
			news = decodeNews(new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
		} catch (error) {
			console.error(`collab: unreadable news on plan ${planId}`, error);
			return;
		}
		if (news.instance === instance) return;
		for (const listener of hear) listener(news.entries);
	});

	return {
		publish(planId, entries) {
			if (entries.length === 0) return;
			publisher.publish(channelOf(planId), Buffer.from(encodeNews(instance, entries))).catch(() => {});
		},
		async follow(planId, hear) {
			let set = hearers.get(planId);
			if (!set) {
				hearers.set(planId, (set = new Set()));
				// With Redis away the subscription waits for it, the room does not: it serves its own
				// sockets and reads the log once the connection is back (`onResumed`).
				const subscribed = subscriber.subscribe(channelOf(planId)).catch(() => {});
				if (ready) await subscribed;
			}
			set.add(hear);
			return () => {
				set.delete(hear);
				if (set.size > 0 || hearers.get(planId) !== set) return;
				hearers.delete(planId);
				subscriber.unsubscribe(channelOf(planId)).catch(() => {});
			};
		},
		onResumed(listener) {
			resumed.push(listener);
		},
		async close() {
			closing = true;
			publisher.disconnect();
			subscriber.disconnect();
		}
	};
}
