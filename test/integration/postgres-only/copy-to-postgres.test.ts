// `npm run db:copy` from a demo install's SQLite file to a new PostgreSQL database: every row
// arrives with its id, the server runs on the copy with the same accounts and sessions, and a
// second copy onto the now filled database is refused. Runs under `npm run test:pg` only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableColumns, getTableName } from 'drizzle-orm';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Db, type Storage } from '../../../src/lib/server/db';
import { foreignKeyOrder } from '../../../src/lib/server/db/copy';
import { seedDemo } from '../../../src/lib/server/demo/seed';
import { createSession, validateSessionToken } from '../../../src/lib/server/auth/session';
import { findUserByUsername } from '../../../src/lib/server/users';
import { getPlan } from '../../../src/lib/server/plans';
import { readPlan } from '../../../src/lib/server/plans/document';
import { freshPostgres } from '../../storage';
import { startServer, type RunningServer } from '../collab/harness';
import { signIn } from '../auth/login-form';
import { runCommand } from '../operator/commands';

const PASSWORD = 'copied demo password';

let dir: string;
let sourcePath: string;
let source: Storage;
let target: Storage | undefined;
let pg: { url: string; drop(): Promise<void> };
let server: RunningServer | undefined;
let memberToken: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'clusterplan-copy-'));
	sourcePath = join(dir, 'clusterplan.db');
	source = await openStorage({ dialect: 'sqlite', path: sourcePath });
	expect(await seedDemo(source.db, { DEMO_PASSWORD: PASSWORD })).toMatchObject({ seeded: true });
	const member = await findUserByUsername(source.db, 'demo-member');
	memberToken = (await createSession(source.db, member!.id)).token;
	pg = await freshPostgres();
}, 120_000);

afterAll(async () => {
	await server?.stop();
	await target?.close();
	await source?.close();
	await pg?.drop();
	rmSync(dir, { recursive: true, force: true });
});

const copy = () => runCommand('db-copy.ts', ['--from', sourcePath, '--to', pg.url], {});

/** Every row of `key`'s table as the services read them, sorted by primary key (the same way on both). */
async function rowsOf(db: Db, key: keyof Db['tables']) {
	const sqliteTable = source.db.tables[key] as SQLiteTable;
	const config = getTableConfig(sqliteTable);
	const keyColumns = config.primaryKeys[0]?.columns ?? config.columns.filter((c) => c.primary);
	const keyFields = Object.entries(getTableColumns(sqliteTable))
		.filter(([, column]) => keyColumns.includes(column))
		.map(([field]) => field);
	const rows = (await db.select().from(db.tables[key] as SQLiteTable)) as Record<string, unknown>[];
	const sortKey = (row: Record<string, unknown>) => JSON.stringify(keyFields.map((f) => row[f]));
	return rows.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

describe('copying a SQLite install to PostgreSQL', () => {
	it('copies every table and prints the counts', async () => {
		const run = await copy();
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/table\s+sqlite\s+postgres/);
		expect(run.stdout).toMatch(/Copied and checked: every count equal, 6 plans read the same/);
		target = await openStorage({ dialect: 'postgres', url: pg.url });
	});

	it('keeps every row, ids included, as the services read them', async () => {
		for (const key of foreignKeyOrder(source.db)) {
			const [before, after] = [await rowsOf(source.db, key), await rowsOf(target!.db, key)];
			expect(after, getTableName(source.db.tables[key] as SQLiteTable)).toEqual(before);
		}
		const { planVersions, indicatorValues, auditLog } = source.db.tables;
		expect(await source.db.$count(planVersions)).toBeGreaterThan(0);
		expect(await source.db.$count(indicatorValues)).toBeGreaterThan(0);
		expect(await source.db.$count(auditLog)).toBeGreaterThan(0);
	});

	it('reads every plan the same', async () => {
		for (const id of ['milk-akmola', 'flour-kostanay']) {
			const plan = await getPlan(source.db, id);
			expect(await getPlan(target!.db, id)).toEqual(plan);
			expect(await readPlan(target!.db, plan!)).toEqual(await readPlan(source.db, plan!));
		}
	});

	it('moves the identity sequences past the copied ids', async () => {
		const { auditLog } = target!.db.tables;
		const before = Math.max(
			...(await target!.db.select({ id: auditLog.id }).from(auditLog)).map((r) => r.id)
		);
		const [row] = await target!.db
			.insert(auditLog)
			.values({ at: new Date(), userId: null, action: 'test.after-copy' })
			.returning({ id: auditLog.id });
		expect(row!.id).toBe(before + 1);
	});

	it('runs the server on the copy with the same accounts and sessions', async () => {
		expect(await validateSessionToken(target!.db, memberToken)).not.toBeNull();
		server = await startServer({ DATABASE_URL: pg.url });
		for (const username of ['demo-admin', 'demo-member', 'demo-reviewer']) {
			const answer = await signIn(server, username, PASSWORD);
			expect(answer.session, username).toBe(true);
		}
		expect((await signIn(server, 'demo-member', 'not the password')).session).toBe(false);
		const page = await fetch(`${server.origin}/c/milk-akmola/p/milk-akmola/map`, {
			headers: { cookie: `session=${memberToken}` },
			redirect: 'manual'
		});
		expect(page.status).toBe(200);
	});

	it('refuses a second copy onto the now filled database', async () => {
		const run = await copy();
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/not empty/);
		const { users } = target!.db.tables;
		expect(await target!.db.$count(users)).toBe(await source.db.$count(users));
	});
});
