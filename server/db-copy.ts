// `npm run db:copy -- --to postgres://… [--from <sqlite file>]`: moves an install from its SQLite
// file to PostgreSQL. The target is migrated, must be empty, and is filled in one transaction;
// then the counts and every plan are compared. Stop the server first: what it writes during the
// copy would not be in the copy. Exit codes: 0 copied and checked, 1 refused or failed, 2 usage.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDatabasePath, openStorage, type Storage } from '../src/lib/server/db';
import { copyDatabase, type TableCount } from '../src/lib/server/db/copy';
import { isRefusal, Refusal } from '../src/lib/refusal';

const USAGE = `Usage: npm run db:copy -- --to postgres://user:password@host:5432/database [--from data/clusterplan.db]
--from defaults to DATABASE_PATH, else ${defaultDatabasePath}. The target must be an empty database.`;

class UsageError extends Error {}

function countsTable(rows: TableCount[]): string {
	const width = Math.max(5, ...rows.map((r) => r.table.length));
	const line = (a: string, b: string, c: string) => `${a.padEnd(width)}  ${b.padStart(8)}  ${c.padStart(10)}`;
	return [
		line('table', 'sqlite', 'postgres'),
		...rows.map((r) => line(r.table, String(r.source), String(r.target)))
	].join('\n');
}

function hidePassword(url: string): string {
	const parsed = new URL(url);
	if (parsed.password) parsed.password = '***';
	return parsed.toString();
}

async function main(argv: string[]): Promise<void> {
	let values;
	try {
		({ values } = parseArgs({ args: argv, options: { to: { type: 'string' }, from: { type: 'string' } } }));
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	if (!values.to || !/^postgres(ql)?:\/\//.test(values.to))
		throw new UsageError('--to takes a postgres:// address');
	const from = resolve(values.from ?? (process.env.DATABASE_PATH || defaultDatabasePath));
	// openStorage would create a missing file: an empty source is a mistake, not a copy.
	if (!existsSync(from)) throw new Refusal(404, 'copy_refused', `there is no SQLite database at ${from}`);

	console.log(
		`Copying ${from} to ${hidePassword(values.to)} (stop the server first: later writes are not copied)`
	);
	const started = performance.now();
	let source: Storage | undefined;
	let target: Storage | undefined;
	try {
		source = await openStorage({ dialect: 'sqlite', path: from });
		target = await openStorage({ dialect: 'postgres', url: values.to });
		const report = await copyDatabase(source.db, target.db, (line) => console.log(`  ${line}`));
		console.log(`\n${countsTable(report.tables)}\n`);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.log(`Copied and checked: every count equal, ${report.plans} plans read the same (${seconds} s).`);
		console.log(
			`Next: start the server with DATABASE_URL set to that address, and keep ${from} as a backup.`
		);
	} finally {
		await source?.close();
		await target?.close();
	}
}

try {
	await main(process.argv.slice(2));
} catch (error) {
	if (error instanceof UsageError) {
		console.error(`db:copy: ${error.message}\n\n${USAGE}`);
		process.exitCode = 2;
	} else if (isRefusal(error, 'copy_refused')) {
		console.error(`db:copy: ${error.message}`);
		process.exitCode = 1;
	} else if (isRefusal(error, 'copy_mismatch')) {
		// Counts are checked before the commit (then the target stays empty); plans after it.
		console.error(
			`db:copy: the copy differs from the source: ${error.message}\n` +
				'Was the server still writing? Stop it, then copy again into a new, empty database.'
		);
		process.exitCode = 1;
	} else {
		console.error('db:copy: failed:', error);
		process.exitCode = 1;
	}
}
