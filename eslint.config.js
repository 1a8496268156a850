import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'src/lib/paraglide/', 'test-results/', 'playwright-report/', 'data/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The plan domain is shared by browser, server and tests: no UI, no SvelteKit, no server code.
		files: ['src/lib/plan/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'src/lib/plan is plain TypeScript: no Svelte.' },
						{ group: ['$app/*', '$env/*'], message: 'src/lib/plan must not depend on SvelteKit.' },
						{ group: ['@xyflow/*'], message: 'src/lib/plan must not depend on the canvas library.' },
						{
							group: ['$lib/server', '$lib/server/*', '**/server/**'],
							message: 'src/lib/plan must not import server code.'
						}
					]
				}
			]
		}
	},
	{
		// Services run on SQLite and PostgreSQL alike (src/lib/server/db/dialect.ts): tables come from
		// `db.tables`, so a PostgreSQL database is never handed a SQLite table…
		files: ['src/**/*.ts', 'server/**/*.ts', 'src/**/*.svelte', 'test/**/*.ts'],
		ignores: [
			'src/lib/server/db/**',
			'src/lib/server/documents/*-store.ts',
			'test/unit/db/schema-parity.test.ts'
		],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/db/schema', '**/db/schema-pg', '$lib/server/db/schema'],
							allowTypeImports: true,
							message: "Read tables from db.tables: this module's are SQLite's."
						}
					]
				}
			]
		}
	},
	{
		// …and queries are awaited, never run with SQLite's synchronous .get() / .all() / .run(),
		// wherever code touches a database (browser code and Playwright's locator.all() do not).
		files: [
			'src/lib/server/**/*.ts',
			'src/routes/**/*.server.ts',
			'src/routes/**/+server.ts',
			'src/hooks.server.ts',
			'server/**/*.ts',
			'test/integration/**/*.ts',
			'test/storage.ts',
			'test/bench/**/*.ts'
		],
		ignores: ['src/lib/server/db/**', 'src/lib/server/documents/*-store.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: 'CallExpression[arguments.length=0][callee.property.name=/^(get|all|run)$/]',
					message: 'Await the query instead: .get(), .all() and .run() exist only on SQLite.'
				}
			]
		}
	}
);
