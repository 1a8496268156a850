import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { collabDevServer } from './server/collab/vite-plugin.js';

const onPostgres = process.env.TEST_DATABASE === 'postgres';

export default defineConfig({
	plugins: [
		sveltekit(),
		collabDevServer(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The user's saved choice travels in the cookie (set at login and by the switch);
			// without one, the browser's Accept-Language decides.
			strategy: ['cookie', 'preferredLanguage', 'baseLocale']
		})
	],
	server: { port: 5173 },
	test: {
		expect: { requireAssertions: true },
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Property tests run on one seed unless FC_SEED names another (fast-check prints it on failure).
		setupFiles: ['test/setup/fast-check.ts'],
		projects: [
			// `npm run test:unit`: no build, no server process, no database server.
			{ extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
			// `npm run test:integration` (after `npm run build`): the real server on SQLite, or on
			// PostgreSQL under TEST_DATABASE=postgres (`npm run test:pg`), which alone runs postgres-only/.
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['test/integration/**/*.test.ts'],
					exclude: [...configDefaults.exclude, ...(onPostgres ? [] : ['test/integration/postgres-only/**'])]
				}
			},
			// `npm run test:instances` (after `npm run build`): several server processes on PostgreSQL
			// (PG_URL) with a redis-server of each test's own.
			{ extends: true, test: { name: 'instances', include: ['test/instances/**/*.test.ts'] } }
		]
	}
});
