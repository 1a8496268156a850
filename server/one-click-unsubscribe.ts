// POST /unsubscribe/<token>/one-click: a mail program's one-click unsubscribe (RFC 8058), named in
// every mail's List-Unsubscribe header. Served before SvelteKit because the mail program posts a
// form from its own servers, without an Origin, which SvelteKit's CSRF check rightly refuses for
// pages; this door changes one thing, only for the holder of the link's secret. People who follow
// the link in the mail get the page /unsubscribe/<token>, which asks before it acts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../src/lib/server/db';
import { serverNow } from '../src/lib/server/clock';
import { unsubscribe } from '../src/lib/server/notifications/settings';

const PATH = /^\/unsubscribe\/([a-z2-7]{16,64})\/one-click$/;

/** Answers the one-click POST (200, or 404 for a link that names nobody); false for anything else. */
export function serveOneClickUnsubscribe(db: Db, req: IncomingMessage, res: ServerResponse): boolean {
	const path = (req.url ?? '/').split('?')[0]!;
	const match = PATH.exec(path);
	if (!match || req.method !== 'POST') return false;
	// The body says only "List-Unsubscribe=One-Click"; the secret in the path is what counts.
	req.resume();
	unsubscribe(db, match[1]!, serverNow()).then(
		(done) => {
			res.writeHead(done ? 200 : 404, {
				'content-type': 'text/plain; charset=utf-8',
				'cache-control': 'no-store'
			});
			res.end(done ? 'unsubscribed\n' : 'unknown link\n');
		},
		(error: unknown) => {
			console.error('Clusterplan: one-click unsubscribe failed', error);
			res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('failed\n');
		}
	);
	return true;
}
