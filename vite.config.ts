import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { collabDevServer } from './server/collab/vite-plugin.js';

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
		include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
