import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Debian's Chromium where present: Playwright cannot download its own browser here.
const executablePath =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// One database per run, shared with the workers through the environment (this file is evaluated in
// the runner and again in every worker; only the runner, which has no E2E_DATABASE_* yet, makes it):
// a temp SQLite file, or under TEST_DATABASE=postgres a fresh database on PG_URL's server, dropped
// by the global teardown.
const onPostgres = process.env.TEST_DATABASE === 'postgres';
if (onPostgres)
	process.env.E2E_DATABASE_URL ??= execFileSync(
		process.execPath,
		['--import', 'tsx', 'test/e2e/postgres-database.ts', '--create'],
		{ encoding: 'utf8' }
	).trim();
else process.env.E2E_DATABASE_PATH ??= join(mkdtempSync(join(tmpdir(), 'clusterplan-e2e-')), 'e2e.db');
// The server's clock for the selection's deadlines (src/lib/server/clock.ts): a spec writes a moment
// here to move it; until one does, the server keeps the wall clock.
process.env.E2E_CLOCK_FILE ??= join(mkdtempSync(join(tmpdir(), 'clusterplan-e2e-clock-')), 'now');
process.env.E2E_PORT ??= String(4300 + Math.floor(Math.random() * 500));
process.env.DEMO_PASSWORD ??= 'demo-e2e-password';
const baseURL = `http://localhost:${process.env.E2E_PORT}`;

export default defineConfig({
	testDir: 'test/e2e',
	globalTeardown: './test/e2e/global-teardown.ts',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	workers: process.env.CI ? 1 : 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL,
		locale: 'en-US',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		// `npm test` builds before this runs; the server is the production entry, as `npm start` runs it.
		command: 'node --import tsx server/index.ts',
		url: `${baseURL}/login`,
		timeout: 120_000,
		stdout: 'pipe',
		env: {
			// One of the two, and the other empty so a DATABASE_URL in the caller's shell cannot win.
			DATABASE_URL: onPostgres ? process.env.E2E_DATABASE_URL! : '',
			DATABASE_PATH: onPostgres ? '' : process.env.E2E_DATABASE_PATH!,
			PORT: process.env.E2E_PORT,
			DEMO_PASSWORD: process.env.DEMO_PASSWORD,
			CLUSTERPLAN_CLOCK_FILE: process.env.E2E_CLOCK_FILE
		}
	}
});
