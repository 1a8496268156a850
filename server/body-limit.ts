// adapter-node has one body limit for every request. Whole-cluster imports need 50 MB; nothing else
// needs more than the 5 MB of a spreadsheet (whose import answers 5–8 MB itself, naming the file),
// so larger declared bodies elsewhere are refused here before the app reads them.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The limit adapter-node enforces (the largest body any endpoint takes). */
export const LARGEST_BODY = '51M';
const ORDINARY_BODY_BYTES = 8 * 1024 * 1024;
const largeBodyPaths = new Set(['/api/clusters/import']);

/** Answers 413 and returns true for a body larger than its endpoint takes. */
export function refuseLargeBody(req: IncomingMessage, res: ServerResponse): boolean {
	const declared = Number(req.headers['content-length'] ?? 0);
	if (!(declared > ORDINARY_BODY_BYTES)) return false;
	if (largeBodyPaths.has(new URL(req.url ?? '/', 'http://localhost').pathname)) return false;
	// The body is read and dropped, so the client can finish sending and then read the answer.
	req.resume();
	req.on('end', () => {
		res.writeHead(413, { 'Content-Type': 'application/json' });
		res.end(JSON.stringify({ error: 'The request body is too large', code: 'too_large' }));
	});
	return true;
}
