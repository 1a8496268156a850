// A Redis server of the test's own: a real `redis-server` process on a free port, which a test may
// stop and start again (the "Redis went away" case) without touching anyone else's Redis.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	await new Promise<void>((done) => server.close(() => done()));
	return port;
}

export type TestRedis = {
	url: string;
	/** Stops the server (SIGKILL: nothing is kept, as no data is kept anyway). */
	stop(): Promise<void>;
	/** Starts it again on the same port. */
	start(): Promise<void>;
};

export async function testRedis(): Promise<TestRedis> {
	const port = await freePort();
	let child: ChildProcess | null = null;
	const start = async () => {
		const started = spawn(
			process.env.REDIS_SERVER || 'redis-server',
			['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
			{ stdio: ['ignore', 'pipe', 'pipe'] }
		);
		child = started;
		await new Promise<void>((ready, fail) => {
			let output = '';
			started.stdout!.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				if (/Ready to accept connections/i.test(output)) ready();
			});
			started.once('exit', (code) => fail(new Error(`redis-server exited with ${code}:\n${output}`)));
		});
	};
	await start();
	return {
		url: `redis://127.0.0.1:${port}`,
		async stop() {
			const running = child;
			if (!running || running.exitCode !== null) return;
			const exited = new Promise<void>((done) => running.once('exit', () => done()));
			running.kill('SIGKILL');
			await exited;
		},
		start
	};
}
