import { afterAll, describe, expect, it } from 'vitest';
import { tempDatabase } from './temp-db';

describe('migrations', () => {
	const { db, dispose } = tempDatabase();
	afterAll(dispose);

	it('create every table on an empty file, with WAL and foreign keys on', () => {
		const tables = db.$client
			.prepare("select name from sqlite_master where type = 'table' order by name")
			.all()
			.map((row) => (row as { name: string }).name);
		for (const table of [
			'users',
			'sessions',
			'clusters',
			'memberships',
			'plans',
			'audit_log',
			'login_failures'
		]) {
			expect(tables).toContain(table);
		}
		expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
	});

	it('refuse a membership that points at no user', () => {
		db.$client
			.prepare("insert into clusters (id, name_en, region_en, sector_en) values ('c', 'C', 'R', 'S')")
			.run();
		expect(() =>
			db.$client
				.prepare("insert into memberships (cluster_id, user_id, role) values ('c', 'nobody', 'member')")
				.run()
		).toThrow(/FOREIGN KEY/);
	});
});
