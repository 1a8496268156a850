// Runs the operator's commands (server/*.ts) as `npm run …` does, against a test database.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

export type CommandResult = { code: number | null; stdout: string; stderr: string };

/** Runs `node --import tsx server/<script> …args` with `database` (DATABASE_PATH or DATABASE_URL) and `input` on stdin. */
export function runCommand(
	script: string,
	args: string[],
	database: Record<string, string>,
	input = ''
): Promise<CommandResult> {
	const env = { ...process.env };
	delete env.DATABASE_URL;
	delete env.DATABASE_PATH;
	const child = spawn(process.execPath, ['--import', 'tsx', `server/${script}`, ...args], {
		cwd: root,
		env: { ...env, ...database },
		stdio: ['pipe', 'pipe', 'pipe']
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	child.stdin.end(input);
	return new Promise((done, fail) => {
		child.once('error', fail);
		child.once('close', (code) => done({ code, stdout, stderr }));
	});
}
