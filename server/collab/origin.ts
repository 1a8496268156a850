// Cross-site websocket hijacking guard: browsers send cookies with cross-origin websocket
// upgrades, so the Origin header is the only thing telling our pages from someone else's.
import type { IncomingMessage } from 'node:http';

/** The origins allowed to open a socket: ORIGIN and ALLOWED_ORIGINS if set, else the request's own. */
export function allowedOrigins(req: IncomingMessage, env: NodeJS.ProcessEnv = process.env): string[] {
	const configured = [env.ORIGIN, ...(env.ALLOWED_ORIGINS ?? '').split(',')]
		.map((o) => o?.trim().replace(/\/+$/, ''))
		.filter((o): o is string => !!o);
	if (configured.length > 0) return configured;
	const host = req.headers.host;
	if (!host) return [];
	// Behind a TLS-terminating proxy the request looks like plain http, so accept both schemes for
	// the exact host; the Host header itself cannot be set by a foreign page.
	return [`http://${host}`, `https://${host}`];
}

/** True when the request's Origin header names one of the allowed origins. */
export function isAllowedOrigin(req: IncomingMessage, env: NodeJS.ProcessEnv = process.env): boolean {
	const origin = req.headers.origin;
	if (!origin) return false;
	return allowedOrigins(req, env).includes(origin.replace(/\/+$/, ''));
}
