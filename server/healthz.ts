// GET /healthz for load balancers and orchestrators: no sign-in and nothing in the answer but
// whether this instance can serve, that is, whether its database answers in time. The admin's
// /api/health (counts, sizes, rooms) stays behind sign-in.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Storage } from '../src/lib/server/db';

/** How long the database has to answer before the instance counts as unavailable. */
export const HEALTHZ_TIMEOUT_MS = 2_000;

export type HealthzOptions = {
	timeoutMs?: number;
	/** True once the instance is shutting down: it answers 503 so the balancer sends no more. */
	stopping?: () => boolean;
};

/** Resolves true when `ping` answers within `ms`, false when it fails or is late. */
async function answersWithin(ping: () => Promise<void>, ms: number): Promise<boolean> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<false>((resolve) => {
		timer = setTimeout(() => resolve(false), ms);
	});
	try {
		return await Promise.race([ping().then(() => true as const), late]);
	} catch {
		return false;
	} finally {
		clearTimeout(timer);
	}
}

function reply(req: IncomingMessage, res: ServerResponse, up: boolean): void {
	if (res.destroyed) return;
	const body = JSON.stringify({ status: up ? 'ok' : 'unavailable' });
	res.writeHead(up ? 200 : 503, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(body),
		'cache-control': 'no-store'
	});
	res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Answers GET and HEAD /healthz: 200 `{"status":"ok"}` when `storage.ping()` answers within the
 * bound, else 503 `{"status":"unavailable"}`. Returns true when the request was /healthz (handled),
 * false to pass it on.
 */
export function serveHealthz(
	req: IncomingMessage,
	res: ServerResponse,
	storage: Pick<Storage, 'ping'>,
	{ timeoutMs = HEALTHZ_TIMEOUT_MS, stopping = () => false }: HealthzOptions = {}
): boolean {
	if ((req.url ?? '/').split('?')[0] !== '/healthz') return false;
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { allow: 'GET, HEAD', 'content-length': 0 });
		res.end();
		return true;
	}
	if (stopping()) {
		reply(req, res, false);
		return true;
	}
	void answersWithin(() => storage.ping(), timeoutMs).then((up) => reply(req, res, up && !stopping()));
	return true;
}
