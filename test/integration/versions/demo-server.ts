// The demo data in a temp database (six pilot clusters; demo-facilitator, demo-member and
// demo-coordinator on flour-kostanay and milk-akmola; global demo-reviewer and demo-admin), the real
// server process on it, and JSON helpers for the version endpoints.
import { afterAll, beforeAll } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../src/lib/server/db';
import { createSession } from '../../../src/lib/server/auth/session';
import { seedDemo } from '../../../src/lib/server/demo/seed';
import { connectClient, startServer, type Client, type RunningServer } from '../collab/harness';
import { testDatabase, type TestDatabase } from '../../storage';

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

/**
 * A server on a freshly seeded demo database, started once for the test file and stopped after it;
 * `env` is added to the server process's environment (a clock file, say).
 */
export function demoServer(options: { env?: Record<string, string> } = {}) {
	let database: TestDatabase | undefined;
	let db: Db | undefined;
	let server: RunningServer | undefined;
	const clients: Client[] = [];
	beforeAll(async () => {
		database = await testDatabase();
		db = database.db;
		await seedDemo(db, { DEMO_PASSWORD: 'a long enough demo password' });
		server = await startServer(database.env, options.env);
	});
	afterAll(async () => {
		for (const client of clients) client.destroy();
		await server?.stop();
		await database?.dispose();
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
		/** What another server process needs to open the same database (`startServer(suite.env)`). */
		get env() {
			return ready(database).env;
		},
		/** The id of a demo account. */
		async userId(username: DemoUser): Promise<string> {
			const { users } = ready(db).tables;
			const [row] = await ready(db)
				.select({ id: users.id })
				.from(users)
				.where(eq(users.username, username))
				.limit(1);
			if (!row) throw new Error(`no demo account ${username}`);
			return row.id;
		},
		/** A fresh session token of a demo account. */
		async token(username: DemoUser): Promise<string> {
			return (await createSession(ready(db), await self.userId(username))).token;
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
		post(path: string, token: string | null, body?: unknown, origin?: string): Promise<Answer> {
			return self.send('POST', path, token, body, origin);
		},
		/** Any method with a JSON body (or raw text), from the server's own origin unless told otherwise. */
		async send(
			method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
			path: string,
			token: string | null,
			body?: unknown,
			origin?: string
		): Promise<Answer> {
			const res = await fetch(`${ready(server).origin}${path}`, {
				method,
				headers: headers(token, origin ?? ready(server).origin),
				body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
			});
			return answer(res);
		},
		/** A y-websocket client on a plan, signed in as a demo account, closed after the file. */
		async connect(planId: string, username: DemoUser): Promise<Client> {
			const client = connectClient(ready(server), planId, await self.token(username));
			clients.push(client);
			return client;
		},
		/** The audit log rows about `target` (`<planId>/v<n>`), oldest first, read straight from the database. */
		async audit(target: string): Promise<AuditRow[]> {
			const { auditLog } = ready(db).tables;
			return ready(db)
				.select({
					action: auditLog.action,
					user: auditLog.userId,
					clusterId: auditLog.clusterId,
					target: auditLog.target
				})
				.from(auditLog)
				.where(eq(auditLog.target, target))
				.orderBy(asc(auditLog.id));
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
