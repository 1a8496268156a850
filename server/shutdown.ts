// Graceful stop on SIGTERM (an orchestrator, systemd, `docker stop`) and SIGINT (Ctrl-C): stop
// taking connections, let the collab server write what it holds and send its peers away with 1012
// "service restart" (y-websocket reconnects, to this instance when it is back or to another),
// let requests in flight finish, close the database, exit 0. Whatever hangs, the process is gone
// after `timeoutMs`; a second signal ends it at once.
import type { Server } from 'node:http';

export type StopParts = {
	server: Pick<Server, 'close' | 'closeIdleConnections' | 'closeAllConnections'>;
	/** Flushes pending document updates and closes its sockets with 1012. */
	collab: { close(): Promise<void> | void };
	storage: { close(): Promise<void> };
	log?: (line: string) => void;
	exit?: (code: number) => void;
	timeoutMs?: number;
	/** Where the signal handlers go (the process; a test hands its own). */
	signals?: Pick<NodeJS.Process, 'on'>;
};

export type Stopper = {
	/** True from the first signal on (/healthz answers 503 from then). */
	readonly stopping: boolean;
	/** Runs the stop as a signal would; resolves when it has exited. */
	stop(reason: string): Promise<void>;
};

/** How often idle keep-alive connections are closed while requests in flight finish. */
const SWEEP_MS = 100;

/** Installs SIGTERM and SIGINT handlers that stop the instance gracefully. */
export function onStop({
	server,
	collab,
	storage,
	log = console.log,
	exit = (code) => process.exit(code),
	timeoutMs = 10_000,
	signals = process
}: StopParts): Stopper {
	let running: Promise<void> | null = null;

	async function stopGracefully(reason: string): Promise<void> {
		const started = performance.now();
		log(`Clusterplan: ${reason}, stopping (at most ${Math.round(timeoutMs / 1000)} s)`);
		const hard = setTimeout(() => {
			log(`Clusterplan: not stopped within ${timeoutMs} ms, exiting anyway`);
			exit(1);
		}, timeoutMs);
		try {
			// New connections are refused from here; the callback comes when the last one has closed.
			const closed = new Promise<void>((resolve) => server.close(() => resolve()));
			server.closeIdleConnections();
			await collab.close();
			// Requests in flight finish; keep-alive connections close as soon as they are idle.
			const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS);
			const grace = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs / 2).unref());
			await Promise.race([closed, grace]);
			clearInterval(sweep);
			server.closeAllConnections();
			await storage.close();
			clearTimeout(hard);
			log(`Clusterplan: stopped in ${Math.round(performance.now() - started)} ms`);
			exit(0);
		} catch (error) {
			clearTimeout(hard);
			log(`Clusterplan: stopping failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
			exit(1);
		}
	}

	function stop(reason: string): Promise<void> {
		if (running) {
			log(`Clusterplan: ${reason} again, exiting now`);
			exit(1);
			return running;
		}
		running = stopGracefully(reason);
		return running;
	}

	signals.on('SIGTERM', () => void stop('SIGTERM'));
	signals.on('SIGINT', () => void stop('SIGINT'));
	return {
		get stopping() {
			return running !== null;
		},
		stop
	};
}
