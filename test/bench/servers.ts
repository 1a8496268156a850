// Starts each server under test as its own process and connects the matching stock client.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import {
	createFixture,
	socketClass,
	startServer,
	type Fixture,
	type RunningServer
} from '../integration/collab/harness';
import { testRedis } from '../instances/redis';
import type { Engine } from '../storage';

export type Kind = 'clusterplan' | 'clusterplan-pg' | 'clusterplan-3' | 'y-websocket-server' | 'hocuspocus';

/** The database a server of `kind` stores in (the references keep their own). */
export const engineOf = (kind: Kind): Engine =>
	kind === 'clusterplan-pg' || kind === 'clusterplan-3' ? 'postgres' : 'sqlite';
export type BenchClient = { doc: Y.Doc; synced(): boolean; destroy(): void };
export type BenchServer = {
	/** The server's processes: one, or one per instance. */
	pids: number[];
	connect(plan: string): BenchClient;
	kill(): Promise<void>;
	stop(): Promise<void>;
};

const root = resolve(import.meta.dirname, '../..');

/** A fresh database with `count` plans in cluster alpha, shared by the restarts of one run. */
export async function benchFixture(
	count: number,
	engine: Engine = 'sqlite'
): Promise<Fixture & { plans: string[] }> {
	const fixture = await createFixture(engine);
	const { plans } = fixture.db.tables;
	const ids = [fixture.planA];
	for (let i = 1; i < count; i++) {
		const id = `bench-${i}`;
		await fixture.db.insert(plans).values({ id, clusterId: 'alpha', titleEn: id });
		ids.push(id);
	}
	return { ...fixture, plans: ids };
}

function startScript(script: string, env: Record<string, string>) {
	const child = spawn(process.execPath, ['--import', 'tsx', script], {
		cwd: root,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise<{ child: ChildProcess; port: number }>((resolvePort, reject) => {
		let out = '';
		child.stdout!.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const match = /listening on (\d+)/.exec(out);
			if (match) resolvePort({ child, port: Number(match[1]) });
		});
		child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
	});
}

function stopper(child: ChildProcess, signal: NodeJS.Signals) {
	return async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((r) => child.once('exit', r));
		child.kill(signal);
		await exited;
	};
}

function yClient(url: string, plan: string, WS: unknown): BenchClient {
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(url, plan, doc, {
		WebSocketPolyfill: WS as unknown as typeof globalThis.WebSocket,
		disableBc: true
	});
	return { doc, synced: () => provider.synced, destroy: () => (provider.destroy(), doc.destroy()) };
}

// One account stands for every simulated person, so its per-person bounds are lifted.
const liftedBounds = {
	COLLAB_MAX_DOCUMENTS_PER_USER: '10000',
	COLLAB_MAX_SOCKETS_PER_PLAN: '10000',
	COLLAB_MAX_MESSAGE_BYTES: String(10 * 1024 * 1024)
};

/**
 * Three Clusterplan instances on one PostgreSQL, with news over a redis-server of the bench's own:
 * clients are dealt to the instances in turn, so most pairs of peers are on different instances.
 * `kill` SIGKILLs the first instance only; its clients' next connection goes to the others.
 */
async function startInstances(fixture: Fixture, count: number): Promise<BenchServer> {
	const redis = await testRedis();
	const servers: RunningServer[] = [];
	for (let i = 0; i < count; i++)
		servers.push(await startServer(fixture.env, { ...liftedBounds, REDIS_URL: redis.url }));
	const token = await fixture.login(fixture.users.member);
	const sockets = servers.map((server) => socketClass(token, server.origin));
	let dealt = 0;
	return {
		pids: servers.map((server) => server.process.pid!),
		connect(plan) {
			const i = dealt++ % servers.length;
			return yClient(servers[i]!.wsUrl, plan, sockets[i]);
		},
		kill: () => servers[0]!.kill(),
		async stop() {
			await Promise.all(servers.map((server) => server.stop()));
			await redis.stop();
		}
	};
}

/** Starts a server of `kind` on `fixture`'s storage (its SQLite file, or none for y-websocket-server). */
export async function startBenchServer(kind: Kind, fixture: Fixture): Promise<BenchServer> {
	if (kind === 'clusterplan-3') return startInstances(fixture, 3);
	if (kind === 'clusterplan' || kind === 'clusterplan-pg') {
		const server = await startServer(fixture.env, liftedBounds);
		const WS = socketClass(await fixture.login(fixture.users.member), server.origin);
		return {
			pids: [server.process.pid!],
			connect: (plan) => yClient(server.wsUrl, plan, WS),
			kill: server.kill,
			stop: server.stop
		};
	}
	if (kind === 'y-websocket-server') {
		const { child, port } = await startScript('test/bench/servers/y-websocket-server.ts', {});
		return {
			pids: [child.pid!],
			connect: (plan) => yClient(`ws://127.0.0.1:${port}/collab`, plan, WebSocket),
			kill: stopper(child, 'SIGKILL'),
			stop: stopper(child, 'SIGTERM')
		};
	}
	const { child, port } = await startScript('test/bench/servers/hocuspocus-server.ts', {
		BENCH_DB: join(fixture.dir, 'hocuspocus.db')
	});
	return {
		pids: [child.pid!],
		connect(plan) {
			const doc = new Y.Doc();
			const socket = new HocuspocusProviderWebsocket({
				url: `ws://127.0.0.1:${port}`,
				WebSocketPolyfill: WebSocket
			});
			const provider = new HocuspocusProvider({ websocketProvider: socket, name: plan, document: doc });
			provider.attach();
			return {
				doc,
				synced: () => provider.isSynced,
				destroy: () => (provider.destroy(), socket.destroy(), doc.destroy())
			};
		},
		kill: stopper(child, 'SIGKILL'),
		stop: stopper(child, 'SIGTERM')
	};
}
