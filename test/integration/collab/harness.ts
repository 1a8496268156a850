// Shared setup for the collaboration tests: a temp database with users, clusters and sessions,
// the real server process on port 0, and real y-websocket clients that send cookie and Origin.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import { readAuthMessage } from 'y-protocols/auth';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { Db, Storage } from '../../../src/lib/server/db';
import type { ClusterRole } from '../../../src/lib/server/db/schema';
import { createSession, SESSION_LIFETIME } from '../../../src/lib/server/auth/session';
import { createUser } from '../../../src/lib/server/users';
import { createCluster } from '../../../src/lib/server/clusters';
import { documentStore } from '../../../src/lib/server/plans/document';
import { testDatabase, type Engine } from '../../storage';
import { addStage, updateStage } from '../../../src/lib/plan';
import { eq } from 'drizzle-orm';

const root = resolve(import.meta.dirname, '../../..');

/**
 * Polls `condition` (which may read the database, so may be async) until it holds; fails with `what`
 * after `timeout` ms (generous: CI is slow).
 */
export async function waitFor(
	condition: () => boolean | Promise<boolean>,
	what: string,
	timeout = 30_000
): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!(await condition())) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 20));
	}
}

export type Fixture = {
	/** A directory of the fixture's own, removed with it. */
	dir: string;
	db: Db;
	storage: Storage;
	/** What the server process needs to open this database (`startServer(fixture.env)`). */
	env: Record<string, string>;
	/** Plan of cluster "alpha" and of cluster "beta". */
	planA: string;
	planB: string;
	users: Record<'admin' | 'member' | 'member2' | 'reviewer' | 'coordinator' | 'outsider', string>;
	/** A fresh session token for a user. */
	login(user: string): Promise<string>;
	expiredToken(user: string): Promise<string>;
	dispose(): Promise<void>;
};

/**
 * A fresh database (SQLite, or PostgreSQL under `npm run test:pg`) with clusters alpha and beta and
 * one user per role (outsider is a member of beta).
 */
export async function createFixture(engine?: Engine): Promise<Fixture> {
	const { db, storage, env, dir, dispose } = await testDatabase(engine);
	const { memberships, plans } = db.tables;
	await createCluster(
		db,
		{ id: 'alpha', name: 'Alpha', region: 'R', sector: 'S', planTitle: 'Plan A' },
		null
	);
	await createCluster(db, { id: 'beta', name: 'Beta', region: 'R', sector: 'S', planTitle: 'Plan B' }, null);
	const planOf = async (clusterId: string) =>
		(await db.select({ id: plans.id }).from(plans).where(eq(plans.clusterId, clusterId)))[0]!.id;
	const password = 'a long enough password';
	const make = async (username: string, displayName: string, globalRole: 'admin' | null = null) =>
		createUser(db, { username, displayName, password, globalRole });
	const grant = (clusterId: string, userId: string, role: ClusterRole) =>
		db.insert(memberships).values({ clusterId, userId, role });
	const users = {
		admin: await make('admin', 'Ada Admin', 'admin'),
		member: await make('member', 'Mira Member'),
		member2: await make('member2', 'Marat Member'),
		reviewer: await make('reviewer', 'Rustam Reviewer'),
		coordinator: await make('coordinator', 'Cora Coordinator'),
		outsider: await make('outsider', 'Otto Outsider')
	};
	await grant('alpha', users.member, 'member');
	await grant('alpha', users.member2, 'member');
	await grant('alpha', users.reviewer, 'reviewer');
	await grant('alpha', users.coordinator, 'coordinator');
	await grant('beta', users.outsider, 'member');
	return {
		dir,
		db,
		storage,
		env,
		planA: await planOf('alpha'),
		planB: await planOf('beta'),
		users,
		login: async (user) => (await createSession(db, user)).token,
		expiredToken: async (user) =>
			(await createSession(db, user, Date.now() - SESSION_LIFETIME - 60_000)).token,
		dispose
	};
}

export type RunningServer = {
	port: number;
	origin: string;
	wsUrl: string;
	process: ChildProcess;
	/** Everything the server printed, for failure messages. */
	output(): string;
	/** SIGKILL, no cleanup: the crash case. */
	kill(): Promise<void>;
	stop(): Promise<void>;
};

/**
 * Starts `node --import tsx server/index.ts` on port 0 against a test database: `database` is its
 * `env` (DATABASE_PATH or DATABASE_URL, from test/storage.ts), `env` anything else to set.
 */
export async function startServer(
	database: Record<string, string>,
	env: Record<string, string> = {}
): Promise<RunningServer> {
	// The server's own origin decides unless a test says otherwise: no ORIGIN from the outside.
	const inherited = { ...process.env };
	delete inherited.ORIGIN;
	delete inherited.ALLOWED_ORIGINS;
	delete inherited.DATABASE_URL;
	delete inherited.DATABASE_PATH;
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
		// The bench's "before" runs another checkout's server and build (test/bench/speed.ts).
		cwd: process.env.BENCH_CODE || root,
		env: { ...inherited, PORT: '0', HOST: '127.0.0.1', CLUSTERPLAN_DEMO: '0', ...database, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const exited = new Promise<void>((r) => child.once('exit', () => r()));
	const port = await new Promise<number>((resolvePort, reject) => {
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			const match = /Clusterplan listening on http:\/\/localhost:(\d+)/.exec(output);
			if (match) resolvePort(Number(match[1]));
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('exit', (code) =>
			reject(new Error(`server exited with ${code} before listening:\n${output}`))
		);
	});
	const stopWith = async (signal: NodeJS.Signals) => {
		if (child.exitCode === null && child.signalCode === null) child.kill(signal);
		await exited;
	};
	return {
		port,
		origin: `http://127.0.0.1:${port}`,
		wsUrl: `ws://127.0.0.1:${port}/collab`,
		process: child,
		output: () => output,
		kill: () => stopWith('SIGKILL'),
		stop: () => stopWith('SIGTERM')
	};
}

/** A `ws` WebSocket class that sends the given cookie token and Origin, as a browser would. */
export function socketClass(token: string | null, origin: string) {
	const headers: Record<string, string> = { origin };
	if (token) headers.cookie = `session=${token}`;
	return class extends WebSocket {
		constructor(url: string, protocols?: string | string[]) {
			super(url, protocols, { headers });
		}
	};
}

export type Client = { doc: Y.Doc; provider: WebsocketProvider; destroy(): void };

/** A stock y-websocket client on `planId`; BroadcastChannel off so peers meet only via the server. */
export function connectClient(
	server: Pick<RunningServer, 'wsUrl' | 'origin'>,
	planId: string,
	token: string,
	origin = server.origin
): Client {
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(server.wsUrl, planId, doc, {
		WebSocketPolyfill: socketClass(token, origin) as unknown as typeof globalThis.WebSocket,
		disableBc: true,
		maxBackoffTime: 500
	});
	return {
		doc,
		provider,
		destroy() {
			provider.destroy();
			doc.destroy();
		}
	};
}

/** Collects the reasons of the auth "permission denied" messages the server sends this client. */
export function deniedReasons(client: Client): string[] {
	const reasons: string[] = [];
	client.provider.messageHandlers[2] = (_encoder, decoder: decoding.Decoder) =>
		readAuthMessage(decoder, client.doc, (_doc, reason) => reasons.push(reason));
	return reasons;
}

/** Waits until the client has completed its first sync with the server. */
export function synced(client: Client): Promise<void> {
	return waitFor(() => client.provider.synced, 'the client to sync');
}

/** Tries one upgrade by hand; resolves with the HTTP status of a refusal, or 101 when it opened. */
export function tryUpgrade(
	server: RunningServer,
	planId: string,
	token: string | null,
	origin = server.origin
) {
	return new Promise<number>((resolveStatus, reject) => {
		const Socket = socketClass(token, origin);
		const ws = new Socket(`${server.wsUrl}/${planId}`);
		ws.on('unexpected-response', (_req, res) => {
			resolveStatus(res.statusCode ?? 0);
			ws.terminate();
		});
		ws.on('open', () => {
			resolveStatus(101);
			ws.close();
		});
		ws.on('error', (error) => {
			if (!/Unexpected server response/.test(error.message)) reject(error);
		});
	});
}

/**
 * Writes stage `id` of the plan titled `title` (adding it when new), as the map's editor does: the
 * tests' unit of "some content", valid by the plan's rules so the door lets it through.
 */
export function setStage(doc: Y.Doc, id: string, title: string | number): void {
	if (doc.getMap('stages').has(id)) updateStage(doc, id, { title: String(title) });
	else addStage(doc, { id, title: String(title) });
}

/** The English title `setStage` wrote (a plain string is English), or a raw one-string title. */
function englishTitle(stage: Y.Map<unknown>): unknown {
	return stage.get('title.en') ?? stage.get('title');
}

/** The title of stage `id`, or undefined when the plan has no such stage. */
export function stageTitle(doc: Y.Doc, id: string): string | undefined {
	const stage = doc.getMap<Y.Map<unknown>>('stages').get(id);
	return stage ? String(englishTitle(stage)) : undefined;
}

/** The plan's stages as `[id, title]` pairs sorted by id: one string to compare peers and the store. */
export function mapState(doc: Y.Doc): string {
	return JSON.stringify(
		[...doc.getMap<Y.Map<unknown>>('stages').entries()]
			.map(([id, stage]) => [id, englishTitle(stage)])
			.sort(([a], [b]) => String(a).localeCompare(String(b)))
	);
}

/** The plan document as stored in the database (snapshot + log), read through the store. */
export async function storedDocument(db: Db, planId: string): Promise<Y.Doc> {
	const stored = await documentStore(db).load(planId);
	const doc = new Y.Doc();
	if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
	for (const update of stored.updates) Y.applyUpdate(doc, update);
	return doc;
}

/** How many rows the document tables hold. */
export async function documentRows(db: Db): Promise<{ updates: number; snapshots: number }> {
	const { documentUpdates, documentSnapshots } = db.tables;
	return {
		updates: await db.$count(documentUpdates),
		snapshots: await db.$count(documentSnapshots)
	};
}

/** GET /api/health with an optional session token. */
export async function health(server: RunningServer, token: string | null) {
	const res = await fetch(`${server.origin}/api/health`, {
		headers: token ? { cookie: `session=${token}` } : {}
	});
	return {
		status: res.status,
		body: res.status === 200 ? ((await res.json()) as Record<string, unknown>) : null
	};
}
