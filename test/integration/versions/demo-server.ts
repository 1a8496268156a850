// The demo data in a temp database (six pilot clusters; demo-facilitator, demo-member and
// demo-coordinator on flour-kostanay and milk-akmola; global demo-reviewer and demo-admin), the real
// server process on it, and JSON helpers for the version endpoints.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '../../../src/lib/server/db';
import { users } from '../../../src/lib/server/db/schema';
import { createSession } from '../../../src/lib/server/auth/session';
import { seedDemo } from '../../../src/lib/server/demo/seed';
import { connectClient, startServer, type Client, type RunningServer } from '../collab/harness';

const root = resolve(import.meta.dirname, '../../..');

export type DemoUser =
	'demo-admin' | 'demo-reviewer' | 'demo-facilitator' | 'demo-member' | 'demo-coordinator';

export type Answer = { status: number; body: Record<string, unknown> };

/** One row of the audit log as the server wrote it. */
export type AuditRow = {
	action: string;
	user: string | null;
	clusterId: string | null;
	target: string | null;
};

/** A server on a freshly seeded demo database, started once for the test file and stopped after it. */
export function demoServer() {
	let dir = '';
	let db: Db | undefined;
	let server: RunningServer | undefined;
	const clients: Client[] = [];
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'clusterplan-versions-'));
		const dbPath = join(dir, 'test.db');
		db = openDatabase(dbPath, join(root, 'drizzle'));
		await seedDemo(db, { DEMO_PASSWORD: 'a long enough demo password' });
		server = await startServer(dbPath);
	});
	afterAll(async () => {
		for (const client of clients) client.destroy();
		await server?.stop();
		db?.$client.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});
	const ready = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error('the demo server is not set up yet');
		return value;
	};
	const headers = (token: string | null, origin: string | null): Record<string, string> => {
		const out: Record<string, string> = { 'content-type': 'application/json' };
		if (origin) out.origin = origin;
		if (token) out.cookie = `session=${token}`;
		return out;
	};
	const answer = async (res: Response): Promise<Answer> => {
		const text = await res.text();
		return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
	};
	const self = {
		get server() {
			return ready(server);
		},
		get db() {
			return ready(db);
		},
		/** The id of a demo account. */
		userId(username: DemoUser): string {
			const row = ready(db).select({ id: users.id }).from(users).where(eq(users.username, username)).get();
			if (!row) throw new Error(`no demo account ${username}`);
			return row.id;
		},
		/** A fresh session token of a demo account. */
		token(username: DemoUser): string {
			return createSession(ready(db), self.userId(username)).token;
		},
		async get(path: string, token: string | null): Promise<Answer> {
			return answer(await fetch(`${ready(server).origin}${path}`, { headers: headers(token, null) }));
		},
		/** GET a path's raw bytes. */
		async bytes(path: string, token: string | null) {
			const res = await fetch(`${ready(server).origin}${path}`, { headers: headers(token, null) });
			return {
				status: res.status,
				type: res.headers.get('content-type'),
				bytes: new Uint8Array(await res.arrayBuffer())
			};
		},
		/** POST a JSON body (or raw text) from the server's own origin unless told otherwise, as a page would. */
		async post(path: string, token: string | null, body?: unknown, origin?: string): Promise<Answer> {
			const res = await fetch(`${ready(server).origin}${path}`, {
				method: 'POST',
				headers: headers(token, origin ?? ready(server).origin),
				body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
			});
			return answer(res);
		},
		/** A y-websocket client on a plan, signed in as a demo account, closed after the file. */
		connect(planId: string, username: DemoUser): Client {
			const client = connectClient(ready(server), planId, self.token(username));
			clients.push(client);
			return client;
		},
		/** The audit log rows about `target` (`<planId>/v<n>`), oldest first, read straight from SQLite. */
		audit(target: string): AuditRow[] {
			return ready(db)
				.$client.prepare(
					'select action, user_id as user, cluster_id as clusterId, target from audit_log where target = ? order by id'
				)
				.all(target) as AuditRow[];
		}
	};
	return self;
}

/** Polls an async `probe` until it returns something other than undefined; fails after `timeout` ms. */
export async function eventually<T>(
	probe: () => Promise<T | undefined>,
	what: string,
	timeout = 30_000
): Promise<T> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 50));
	}
}
