// `npm start`'s first step: builds the app only when the build is missing or older than what it is
// built from, so a restart starts in a second instead of rebuilding for fifteen.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the build is made from, relative to the project's root. */
export const BUILD_INPUTS = [
	'src',
	'static',
	'messages',
	'project.inlang',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package.json',
	'package-lock.json'
];

// Generated into src/ by the build itself; never a reason to build again.
const GENERATED = new Set([join('src', 'lib', 'paraglide')]);

// Files only: a folder's time also moves when the build regenerates something inside it.
function newestIn(root: string, path: string): number {
	const full = join(root, path);
	if (!existsSync(full) || GENERATED.has(path)) return 0;
	const stat = statSync(full);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = 0;
	for (const entry of readdirSync(full)) newest = Math.max(newest, newestIn(root, join(path, entry)));
	return newest;
}

/** Why `root`'s build in `buildDir` must be made again, or null when it is current. */
export function staleBuild(root: string, buildDir = join(root, 'build')): string | null {
	const handler = join(buildDir, 'handler.js');
	if (!existsSync(handler)) return 'there is no build yet';
	const built = statSync(handler).mtimeMs;
	const changed = BUILD_INPUTS.find((input) => newestIn(root, input) > built);
	return changed ? `${changed} changed since the last build` : null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const root = resolve('.');
	const why = staleBuild(root, resolve(process.env.CLUSTERPLAN_BUILD || 'build'));
	if (why === null) console.log('Clusterplan: the build is current, starting it');
	else {
		console.log(`Clusterplan: building (${why})`);
		const run = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
		process.exit(run.status ?? 1);
	}
}
