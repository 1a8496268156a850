// The frame every HTTP endpoint of this server shares, and this door's one responder: match the
// path, decide, answer JSON. A closed plan answers 503, a thrown refusal (a service's, a plan rule's)
// its own status and body; a failure nobody foresaw is logged and answered 500, never left hanging.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRefusal } from '../../src/lib/refusal';
import { refusal, refusalReply, sendReply, type Reply } from './reply';
import { PlanUnavailable } from './closed-plans';

/**
 * Answers `req` and returns true when its path matches `path`; returns false for any other request.
 * `decide` gets the path's captures; `name` labels the log line of an unexpected failure.
 */
export function serveEndpoint(
	name: string,
	path: RegExp,
	req: IncomingMessage,
	res: ServerResponse,
	decide: (params: string[]) => Reply | Promise<Reply>
): boolean {
	const match = path.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
	if (!match) return false;
	new Promise<Reply>((done) => done(decide(match.slice(1))))
		.catch((error: unknown): Reply => {
			if (error instanceof PlanUnavailable) return refusal(503, 'plan_unavailable');
			if (isRefusal(error)) return refusalReply(error);
			console.error(`${name}: ${req.method} ${match[0]} failed`, error);
			return refusal(500, 'internal');
		})
		.then((reply) => sendReply(res, reply));
	return true;
}
