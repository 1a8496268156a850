import { defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Debian's Chromium where present: Playwright cannot download its own browser here.
const executablePath =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// One temp database per run, shared with the workers through the environment.
process.env.E2E_DATABASE_PATH ??= join(mkdtempSync(join(tmpdir(), 'clusterplan-e2e-')), 'e2e.db');
process.env.E2E_PORT ??= String(4300 + Math.floor(Math.random() * 500));
process.env.DEMO_PASSWORD ??= 'demo-e2e-password';
const baseURL = `http://localhost:${process.env.E2E_PORT}`;

export default defineConfig({
	testDir: 'test/e2e',
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
			DATABASE_PATH: process.env.E2E_DATABASE_PATH,
			PORT: process.env.E2E_PORT,
			DEMO_PASSWORD: process.env.DEMO_PASSWORD
		}
	}
});
