// The tests' side of the SMTP sink: starts it as a process on a port, reads the messages it
// received back through mailparser, and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

const sink = resolve(import.meta.dirname, 'smtp-sink.ts');

/** A port nobody listens on right now (to start the sink on later, or to fail against). */
export async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => done(port));
		});
	});
}

export type MailBox = {
	port: number;
	url: string;
	/** Every message received so far, oldest first. */
	messages(): Promise<ParsedMail[]>;
	stop(): Promise<void>;
};

/** Starts the SMTP sink on `port` (0: any free one). */
export async function startMailBox(port = 0): Promise<MailBox> {
	const dir = mkdtempSync(join(tmpdir(), 'clusterplan-mail-'));
	const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', sink, dir, String(port)], {
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	const listening = await new Promise<number>((done, fail) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /smtp-sink listening on (\d+)/.exec(output);
			if (match) done(Number(match[1]));
		});
		child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('exit', (code) => fail(new Error(`smtp sink exited with ${code}:\n${output}`)));
	});
	return {
		port: listening,
		url: `smtp://127.0.0.1:${listening}`,
		async messages() {
			const files = readdirSync(dir)
				.filter((name) => name.endsWith('.eml'))
				.sort();
			return Promise.all(files.map((name) => simpleParser(readFileSync(join(dir, name)))));
		},
		async stop() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await exited;
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
