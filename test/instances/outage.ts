// A way to take PostgreSQL away from the instances without stopping the machine's PostgreSQL (other
// suites and people use it): the instances reach it through this TCP relay, which the test can cut
// (every open connection reset, new ones refused, as when the database host goes down) and mend.
import { createConnection, createServer, type Socket } from 'node:net';

export type Outage = {
	/** `url` with its host and port replaced by the relay's. */
	relayed(url: string): string;
	/** Resets every connection through the relay and refuses new ones until `mend`. */
	cut(): void;
	mend(): void;
	close(): Promise<void>;
};

export async function databaseOutage(url: string): Promise<Outage> {
	const target = new URL(url);
	const open = new Set<Socket>();
	let down = false;
	const relay = createServer((client) => {
		if (down) {
			client.resetAndDestroy();
			return;
		}
		const server = createConnection(Number(target.port || 5432), target.hostname);
		for (const [from, to] of [
			[client, server],
			[server, client]
		] as const) {
			open.add(from);
			from.pipe(to);
			from.on('error', () => to.destroy());
			from.on('close', () => {
				open.delete(from);
				to.destroy();
			});
		}
	});
	await new Promise<void>((done) => relay.listen(0, '127.0.0.1', done));
	const { port } = relay.address() as { port: number };
	return {
		relayed(other) {
			const relayedUrl = new URL(other);
			relayedUrl.hostname = '127.0.0.1';
			relayedUrl.port = String(port);
			return relayedUrl.toString();
		},
		cut() {
			down = true;
			for (const socket of open) socket.resetAndDestroy();
		},
		mend() {
			down = false;
		},
		async close() {
			for (const socket of open) socket.destroy();
			await new Promise<void>((done) => relay.close(() => done()));
		}
	};
}
