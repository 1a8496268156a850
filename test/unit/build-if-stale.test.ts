import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleBuild } from '../../server/build-if-stale';

describe('npm start builds only when the build is not current', () => {
	const dirs: string[] = [];
	afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

	/** A project with a source file at `source` seconds and, if `built` is given, a build at `built`. */
	function project(source: number, built?: number): string {
		const root = mkdtempSync(join(tmpdir(), 'clusterplan-build-'));
		dirs.push(root);
		mkdirSync(join(root, 'src', 'routes'), { recursive: true });
		mkdirSync(join(root, 'src', 'lib', 'paraglide'), { recursive: true });
		const page = join(root, 'src', 'routes', '+page.svelte');
		writeFileSync(page, '<h1>Plan</h1>');
		utimesSync(page, source, source);
		if (built !== undefined) {
			mkdirSync(join(root, 'build'));
			writeFileSync(join(root, 'build', 'handler.js'), '');
			utimesSync(join(root, 'build', 'handler.js'), built, built);
		}
		return root;
	}

	it('builds when there is no build', () => {
		expect(staleBuild(project(2000))).toBe('there is no build yet');
	});

	it('builds when a source changed after the build, and not when none did', () => {
		expect(staleBuild(project(3000, 2000))).toBe('src changed since the last build');
		expect(staleBuild(project(2000, 3000))).toBeNull();
	});

	it('does not count the messages the build itself compiles into src/lib/paraglide', () => {
		const root = project(2000, 3000);
		const compiled = join(root, 'src', 'lib', 'paraglide', 'messages.js');
		writeFileSync(compiled, '');
		utimesSync(compiled, 4000, 4000);
		expect(staleBuild(root)).toBeNull();
	});
});
