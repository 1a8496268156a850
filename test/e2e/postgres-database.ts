// The e2e run's PostgreSQL database under TEST_DATABASE=postgres: created once per run (playwright.config.ts
// runs `node --import tsx test/e2e/postgres-database.ts --create`, which prints its URL) and dropped by
// the global teardown. Standalone on purpose: the config is evaluated before anything is built.
import pg from 'pg';

const pgUrl = process.env.PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: pgUrl });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/** Creates an empty database beside PG_URL's and returns its URL (the server migrates it on start). */
export async function createE2eDatabase(): Promise<string> {
	const name = `clusterplan_e2e_${process.pid}_${Date.now().toString(36)}`;
	await admin((client) => client.query(`CREATE DATABASE "${name}"`));
	const url = new URL(pgUrl);
	url.pathname = `/${name}`;
	return url.toString();
}

/** Drops the database at `url`, closing whatever connections the server still holds. */
export async function dropE2eDatabase(url: string): Promise<void> {
	const name = decodeURIComponent(new URL(url).pathname.slice(1));
	if (!/^clusterplan_e2e_\w+$/.test(name)) throw new Error(`not an e2e database: ${name}`);
	await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

if (process.argv.includes('--create')) process.stdout.write(await createE2eDatabase());
