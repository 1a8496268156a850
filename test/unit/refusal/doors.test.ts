// Every door answers a refusal one way. This reads the routes themselves: a JSON handler that is not
// wrapped in `api`, an answer body written by hand, or a form failure that does not go through
// `refusedForm` would each be a second shape, so each is named here with its file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROUTES = join(import.meta.dirname, '../../../src/routes');

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(path) : [path];
	});
}

const routeFiles = filesUnder(ROUTES).filter((path) => /\.(ts|svelte)$/.test(path));
const named = (path: string) => relative(ROUTES, path);

describe('the one way each door answers a refusal', () => {
	it('finds the routes it checks', () => {
		expect(routeFiles.filter((path) => path.endsWith('+server.ts')).length).toBeGreaterThanOrEqual(18);
	});

	it('wraps every JSON handler in api(), so a refusal leaves as {error, code, field?, rows?}', () => {
		const unwrapped = routeFiles
			.filter((path) => path.endsWith('+server.ts'))
			.flatMap((path) => {
				const text = readFileSync(path, 'utf8');
				const handlers = [...text.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b[^=]*=\s*([^\n]*)/g)];
				return handlers
					.filter(([, , value]) => !value!.startsWith('api('))
					.map(([, method]) => `${named(path)} ${method}`);
			});
		expect(unwrapped).toEqual([]);
	});

	it('writes no refusal body by hand and no SvelteKit error() in the JSON API', () => {
		const byHand = routeFiles
			.filter((path) => path.endsWith('+server.ts'))
			.filter((path) => {
				const text = readFileSync(path, 'utf8');
				return /json\(\s*\{\s*error\b/.test(text) || /\berror\(\s*4\d\d/.test(text);
			})
			.map(named);
		expect(byHand).toEqual([]);
	});

	it('answers every refused form action through refusedForm', () => {
		const ownFailures = routeFiles
			.filter((path) => path.endsWith('.server.ts'))
			.filter((path) => /\bfail\(/.test(readFileSync(path, 'utf8')))
			.map(named);
		expect(ownFailures).toEqual([]);
	});

	it('reads every answer in the browser through send (or refusedAnswer for an upload)', () => {
		const ownFetches = routeFiles
			.concat(filesUnder(join(ROUTES, '../lib/components')))
			.filter((path) => /\.(ts|svelte)$/.test(path) && !path.includes('.server.'))
			.filter((path) => /\bfetch\(/.test(readFileSync(path, 'utf8')))
			.map((path) => relative(join(ROUTES, '..'), path));
		expect(ownFetches).toEqual([]);
	});
});
