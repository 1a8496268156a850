// A temp database seeded with the six demo clusters, their accounts and values, plus two versions of
// the flour plan with review steps and a comment, and the real server on it. Requests sign in with a
// fresh session of a demo account, as a browser would.
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '../../../src/lib/server/db';
import { users } from '../../../src/lib/server/db/schema';
import { seedDemo } from '../../../src/lib/server/demo/seed';
import { createSession } from '../../../src/lib/server/auth/session';
import { loadActor, type AppUser } from '../../../src/lib/server/authz/actor';
import { getPlan } from '../../../src/lib/server/plans';
import { saveVersion } from '../../../src/lib/server/versions/store';
import { commentOnVersion, stepVersion } from '../../../src/lib/server/versions/review';
import { startServer, type RunningServer } from '../collab/harness';

const root = resolve(import.meta.dirname, '../../..');

export const FLOUR = 'flour-kostanay';
export type DemoUser =
	'demo-admin' | 'demo-reviewer' | 'demo-facilitator' | 'demo-member' | 'demo-coordinator';
/** The tables an import writes to, to prove a refused one wrote nothing. */
export const TABLES = [
	'clusters',
	'memberships',
	'plans',
	'document_snapshots',
	'document_updates',
	'plan_versions',
	'version_steps',
	'version_comments',
	'indicator_values',
	'period_steps',
	'audit_log'
] as const;

export type Answer = { status: number; headers: Headers; text: string; json: () => Record<string, unknown> };

function appUser(db: Db, username: DemoUser): AppUser {
	const user = db
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			globalRole: users.globalRole,
			locale: users.locale
		})
		.from(users)
		.where(eq(users.username, username))
		.get();
	if (!user) throw new Error(`no demo user ${username}`);
	return loadActor(db, user);
}

/** v1 submitted and sent back with a comment on an item, v2 saved after it. */
function reviewHistory(db: Db) {
	const plan = getPlan(db, FLOUR)!;
	const facilitator = appUser(db, 'demo-facilitator');
	const reviewer = appUser(db, 'demo-reviewer');
	saveVersion(db, facilitator, plan, { label: 'Workshop 1', note: 'After the first workshop' });
	stepVersion(db, facilitator, plan, 1, { step: 'submit' });
	commentOnVersion(db, reviewer, plan, 1, { item: null, text: 'Where do the budgets come from?' });
	stepVersion(db, reviewer, plan, 1, { step: 'request_changes', comment: 'Name the funding sources' });
	saveVersion(db, facilitator, plan, { label: 'Workshop 2', note: '' });
}

/** The demo server for one test file, stopped and deleted after it. */
export function transferServer() {
	let dir: string | undefined;
	let db: Db | undefined;
	let server: RunningServer | undefined;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'clusterplan-transfer-'));
		db = openDatabase(join(dir, 'test.db'), join(root, 'drizzle'));
		await seedDemo(db, { DEMO_PASSWORD: 'demo-transfer-password' });
		reviewHistory(db);
		server = await startServer(join(dir, 'test.db'));
	});
	afterAll(async () => {
		await server?.stop();
		db?.$client.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});
	const ready = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error('the transfer server is not set up yet');
		return value;
	};
	const answer = async (res: Response): Promise<Answer> => {
		const text = await res.text();
		return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
	};
	const self = {
		get db() {
			return ready(db);
		},
		get origin() {
			return ready(server).origin;
		},
		/** Everything the server has printed so far (its log). */
		output(): string {
			return ready(server).output();
		},
		/** A demo account as the services see it. */
		actor(user: DemoUser): AppUser {
			return appUser(ready(db), user);
		},
		token(user: DemoUser): string {
			return createSession(ready(db), appUser(ready(db), user).id).token;
		},
		/** Row counts of every table an import writes. */
		counts(): Record<string, number> {
			const sqlite = ready(db).$client;
			return Object.fromEntries(
				TABLES.map((t) => [t, (sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n])
			);
		},
		async get(path: string, user: DemoUser | null): Promise<Answer> {
			const headers: Record<string, string> = user ? { cookie: `session=${self.token(user)}` } : {};
			return answer(await fetch(`${self.origin}${path}`, { headers, redirect: 'manual' }));
		},
		/** POSTs a cluster file (and the optional new id and name) as the admin page's form does. */
		async importFile(user: DemoUser, file: Blob | string, fields: { id?: string; name?: string } = {}) {
			const form = new FormData();
			form.set(
				'file',
				typeof file === 'string' ? new Blob([file], { type: 'application/json' }) : file,
				'c.json'
			);
			for (const [name, value] of Object.entries(fields)) form.set(name, value);
			const res = await fetch(`${self.origin}/api/clusters/import`, {
				method: 'POST',
				headers: { cookie: `session=${self.token(user)}`, origin: self.origin },
				body: form
			});
			return answer(res);
		}
	};
	return self;
}
