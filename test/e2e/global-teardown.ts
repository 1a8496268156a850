// After the e2e run: drop the PostgreSQL database playwright.config.ts made for it (SQLite's temp
// file stays in the temp directory, as before).
import { dropE2eDatabase } from './postgres-database';

export default async function globalTeardown(): Promise<void> {
	const url = process.env.E2E_DATABASE_URL;
	if (process.env.TEST_DATABASE === 'postgres' && url) await dropE2eDatabase(url);
}
