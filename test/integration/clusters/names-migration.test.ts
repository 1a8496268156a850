// A database written before names had languages: one string each for a cluster's name, region and
// sector and a plan's title. Brought up to date by the real migrations at open, each old value moves
// to the language its letters tell (as `guessLang` tells it), and a plan's document, whose title is
// still the one old string, reads the same title as its record. An upgrade of a SQLite file by
// nature: it opens through the SQLite path under test:pg too.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as Y from 'yjs';
import { guessLang, initPlan, LANGS } from '../../../src/lib/plan';
import { openStorage } from '../../../src/lib/server/db';
import { getCluster, visibleClusters } from '../../../src/lib/server/clusters';
import { getPlan } from '../../../src/lib/server/plans';
import { readPlan } from '../../../src/lib/server/plans/document';

const root = resolve(import.meta.dirname, '../../..');
/** The last migration before the languages. */
const BEFORE_LANGUAGES = '0004_server-secrets';

/** A migrations folder holding only the migrations up to `last`, as an older release shipped them. */
function olderMigrations(dir: string, last: string): string {
	const folder = join(dir, 'drizzle-old');
	mkdirSync(join(folder, 'meta'), { recursive: true });
	const journal = JSON.parse(readFileSync(join(root, 'drizzle/sqlite/meta/_journal.json'), 'utf8')) as {
		entries: { tag: string }[];
	};
	const upTo = journal.entries.findIndex((entry) => entry.tag === last);
	journal.entries = journal.entries.slice(0, upTo + 1);
	for (const { tag } of journal.entries)
		copyFileSync(join(root, 'drizzle/sqlite', `${tag}.sql`), join(folder, `${tag}.sql`));
	writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
	return folder;
}

const rows = [
	{
		id: 'kk-cluster',
		name: 'Қостанай облысының ұн тарту кластері',
		region: 'Қостанай облысы',
		sector: 'Ұн тарту',
		title: 'Кластерді дамыту жоспары'
	},
	{
		id: 'ru-cluster',
		name: 'Молочный кластер Акмолинской области',
		region: 'Алматы',
		sector: 'Молочная промышленность',
		title: 'Стратегический план развития'
	},
	{
		id: 'en-cluster',
		name: 'Tourism cluster of Almaty region',
		region: 'Almaty region',
		sector: 'Tourism',
		title: 'Strategic development plan 2019–2025'
	}
];

/** A plan document as the older code laid it out: its title one string. */
function oldDocument(id: string, title: string): Uint8Array {
	const doc = new Y.Doc();
	try {
		initPlan(doc, { id, title: 'x' });
		const meta = doc.getMap('meta');
		for (const lang of LANGS) meta.delete(`title.${lang}`);
		meta.set('title', title);
		return Y.encodeStateAsUpdate(doc);
	} finally {
		doc.destroy();
	}
}

/** `text` where its letters put it, '' in the other two languages. */
const placed = (text: string) =>
	Object.fromEntries(LANGS.map((lang) => [lang, guessLang(text) === lang ? text : ''])) as Record<
		(typeof LANGS)[number],
		string
	>;

describe('a database from before names had languages, migrated', () => {
	const dir = mkdtempSync(join(tmpdir(), 'clusterplan-names-'));
	const path = join(dir, 'old.db');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('keeps every old name and title, in the language its letters tell, and the plan documents agree', async () => {
		// The file as an older release left it: its migrations, its rows, its documents' snapshots.
		const old = new Database(path);
		migrate(drizzle(old), { migrationsFolder: olderMigrations(dir, BEFORE_LANGUAGES) });
		const insertCluster = old.prepare('insert into clusters (id, name, region, sector) values (?, ?, ?, ?)');
		const insertPlan = old.prepare('insert into plans (id, cluster_id, title) values (?, ?, ?)');
		const insertSnapshot = old.prepare(
			'insert into document_snapshots (plan_id, state, through_id, updated_at) values (?, ?, 0, ?)'
		);
		for (const row of rows) {
			insertCluster.run(row.id, row.name, row.region, row.sector);
			insertPlan.run(`${row.id}-plan`, row.id, row.title);
			insertSnapshot.run(`${row.id}-plan`, Buffer.from(oldDocument(`${row.id}-plan`, row.title)), Date.now());
		}
		old.close();

		const storage = await openStorage({ dialect: 'sqlite', path });
		try {
			const { db } = storage;
			const file = new Database(path, { readonly: true });
			try {
				const columns = file.prepare('select name from pragma_table_info(?)');
				expect(columns.all('clusters').map((c) => (c as { name: string }).name)).not.toContain('name');
				expect(columns.all('plans').map((c) => (c as { name: string }).name)).not.toContain('title');
			} finally {
				file.close();
			}
			for (const row of rows) {
				expect(await getCluster(db, row.id)).toMatchObject({
					id: row.id,
					name: placed(row.name),
					region: placed(row.region),
					sector: placed(row.sector)
				});
				const plan = (await getPlan(db, `${row.id}-plan`))!;
				expect(plan.title).toEqual(placed(row.title));
				expect((await readPlan(db, plan)).title).toEqual(plan.title);
			}
			// The three guesses, spelled out: the SQL and `guessLang` must not drift apart.
			expect((await getCluster(db, 'kk-cluster'))!.name.kk).toBe('Қостанай облысының ұн тарту кластері');
			expect((await getCluster(db, 'ru-cluster'))!.region).toEqual({ ru: 'Алматы', kk: '', en: '' });
			expect((await getPlan(db, 'en-cluster-plan'))!.title.en).toBe('Strategic development plan 2019–2025');
			// A Kazakh reader finds every cluster, in the order of the names they see: Қ, М, then Latin.
			const admin = { id: 'a', globalRole: 'admin' as const, roles: {} };
			expect((await visibleClusters(db, admin, 'kk')).map((c) => c.id)).toEqual([
				'kk-cluster',
				'ru-cluster',
				'en-cluster'
			]);
			// An English reader: Latin first, then the fallbacks in Cyrillic.
			expect((await visibleClusters(db, admin, 'en')).map((c) => c.id)).toEqual([
				'en-cluster',
				'kk-cluster',
				'ru-cluster'
			]);
		} finally {
			await storage.close();
		}
	});
});
