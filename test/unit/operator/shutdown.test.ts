import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { describe, expect, it } from 'vitest';
import { onStop, type StopParts } from '../../../server/shutdown';

/** The parts onStop drives, as fakes that write down what was done to them, in order. */
function parts(overrides: Partial<StopParts> = {}) {
	const done: string[] = [];
	const exits: number[] = [];
	const signals = new EventEmitter();
	let onClosed: (() => void) | undefined;
	const stopper = onStop({
		server: {
			close(callback?: (error?: Error) => void) {
				done.push('server.close');
				onClosed = () => callback?.();
				return this as never;
			},
			closeIdleConnections() {
				if (!done.includes('idle')) done.push('idle');
				// The last connection goes once collab has sent its peers away.
				if (done.includes('collab.close')) onClosed?.();
			},
			closeAllConnections() {
				done.push('all');
			}
		},
		collab: {
			async close() {
				done.push('collab.close');
			}
		},
		storage: {
			async close() {
				done.push('storage.close');
			}
		},
		log: () => {},
		exit: (code) => exits.push(code),
		signals: signals as unknown as Pick<NodeJS.Process, 'on'>,
		...overrides
	});
	return { done, exits, signals, stopper };
}

const until = async (condition: () => boolean) => {
	for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('a graceful stop', () => {
	it('on SIGTERM stops accepting, lets collab flush, closes the database and exits 0', async () => {
		const { done, exits, signals, stopper } = parts();
		expect(stopper.stopping).toBe(false);
		signals.emit('SIGTERM');
		expect(stopper.stopping).toBe(true);
		await until(() => exits.length > 0);
		expect(exits).toEqual([0]);
		expect(done.indexOf('server.close')).toBeLessThan(done.indexOf('collab.close'));
		expect(done.indexOf('collab.close')).toBeLessThan(done.indexOf('storage.close'));
		expect(done.at(-1)).toBe('storage.close');
	});

	it('stops on SIGINT the same way', async () => {
		const { exits, signals } = parts();
		signals.emit('SIGINT');
		await until(() => exits.length > 0);
		expect(exits).toEqual([0]);
	});

	it('exits 1 after timeoutMs when something hangs', async () => {
		const { exits, signals } = parts({ collab: { close: () => new Promise(() => {}) }, timeoutMs: 100 });
		signals.emit('SIGTERM');
		await until(() => exits.length > 0);
		expect(exits).toEqual([1]);
	});

	it('exits 1 when a part fails to close', async () => {
		const { exits, signals } = parts({ storage: { close: () => Promise.reject(new Error('disk gone')) } });
		signals.emit('SIGTERM');
		await until(() => exits.length > 0);
		expect(exits).toEqual([1]);
	});

	it('exits at once on a second signal', async () => {
		const { exits, signals } = parts({ collab: { close: () => new Promise(() => {}) }, timeoutMs: 5_000 });
		signals.emit('SIGINT');
		signals.emit('SIGINT');
		expect(exits).toEqual([1]);
	});
});

describe('a graceful stop of a real HTTP server', () => {
	it('finishes the request in flight, sends sockets away with 1012, closes keep-alive connections, exits 0', async () => {
		const server = createServer((req, res) => {
			const delay = req.url === '/slow' ? 300 : 0;
			setTimeout(() => res.end(req.url), delay);
		});
		const wss = new WebSocketServer({ noServer: true });
		server.on('upgrade', (req, socket, head) =>
			wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws))
		);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		const done: string[] = [];
		const exits: number[] = [];
		const stopper = onStop({
			server,
			collab: {
				async close() {
					for (const ws of wss.clients) ws.close(1012, 'service restart');
					done.push('collab');
				}
			},
			storage: {
				async close() {
					done.push('storage');
				}
			},
			log: () => {},
			exit: (code) => exits.push(code),
			signals: new EventEmitter() as unknown as Pick<NodeJS.Process, 'on'>
		});

		const socket = new WebSocket(`${origin.replace('http', 'ws')}/collab/plan`);
		await new Promise((resolve) => socket.once('open', resolve));
		const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
		// A keep-alive connection left idle, and a request still being answered.
		expect(await (await fetch(`${origin}/fast`)).text()).toBe('/fast');
		const slow = fetch(`${origin}/slow`);
		await new Promise((r) => setTimeout(r, 50));

		await stopper.stop('SIGTERM');
		expect(await (await slow).text()).toBe('/slow');
		expect(await closed).toBe(1012);
		expect(done).toEqual(['collab', 'storage']);
		expect(exits).toEqual([0]);
		expect(server.listening).toBe(false);
		await expect(fetch(`${origin}/fast`)).rejects.toThrow();
	});
});
