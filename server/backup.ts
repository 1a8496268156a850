// `npm run backup -- <file>`: a consistent copy of the SQLite database while the server keeps
// serving (`VACUUM INTO` on a connection of its own: it reads one snapshot, and writers go on). On
// PostgreSQL it makes no copy and says how pg_dump does it. Exit codes: 0 done, 1 refused, 2 usage.
import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { storageConfig } from '../src/lib/server/db';

const USAGE = 'Usage: npm run backup -- <file>   (a new file; an existing one is never overwritten)';

function size(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function pgDumpAdvice(location: string): string {
	return `The database is PostgreSQL (${location}): back it up with PostgreSQL's own tools, for example
  pg_dump --format=custom --file=clusterplan.dump "$DATABASE_URL"
and restore into an empty database with
  pg_restore --no-owner --dbname="$DATABASE_URL" clusterplan.dump
No copy was made.`;
}

/** Copies the SQLite database at `source` into the new file `target`; returns its size in bytes. */
function backupSqlite(source: string, target: string): number {
	const from = new Database(source, { fileMustExist: true });
	try {
		from.pragma('busy_timeout = 5000');
		from.prepare('VACUUM INTO ?').run(target);
	} finally {
		from.close();
	}
	const copy = new Database(target, { readonly: true, fileMustExist: true });
	try {
		const check = copy.pragma('quick_check', { simple: true });
		if (check !== 'ok') throw new Error(`the copy fails its integrity check: ${String(check)}`);
	} finally {
		copy.close();
	}
	return statSync(target).size;
}

function main(argv: string[]): number {
	if (argv.length !== 1 || argv[0]!.startsWith('-')) {
		console.error(USAGE);
		return 2;
	}
	const config = storageConfig();
	if (config.dialect === 'postgres') {
		const url = new URL(config.url);
		if (url.password) url.password = '***';
		console.error(pgDumpAdvice(url.toString()));
		return 1;
	}
	const source = resolve(config.path);
	const target = resolve(argv[0]!);
	if (!existsSync(source)) {
		console.error(`backup: there is no database at ${source} (set DATABASE_PATH)`);
		return 1;
	}
	if (existsSync(target)) {
		console.error(`backup: ${target} exists already; choose a new file name`);
		return 1;
	}
	if (!existsSync(dirname(target))) {
		console.error(`backup: the folder ${dirname(target)} does not exist`);
		return 1;
	}
	const started = performance.now();
	let bytes: number;
	try {
		bytes = backupSqlite(source, target);
	} catch (error) {
		// Not a backup: a half-written or failing copy must not be mistaken for one later.
		rmSync(target, { force: true });
		throw error;
	}
	const ms = Math.round(performance.now() - started);
	console.log(`Backed up ${source} to ${target}: ${size(bytes)} in ${ms} ms`);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	console.error('backup: failed:', error instanceof Error ? error.message : error);
	process.exitCode = 1;
}
