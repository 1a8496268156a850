// A real SQLite file in a fresh temp directory, migrated, removed after the test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../src/lib/server/db';

export function tempDatabase(): { db: Db; path: string; dispose: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'clusterplan-test-'));
	const path = join(dir, 'test.db');
	const db = openDatabase(path);
	return {
		db,
		path,
		dispose: () => {
			db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
