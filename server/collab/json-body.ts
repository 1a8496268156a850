// Reads a small JSON object request body for the endpoints this server serves beside its sockets.
import type { IncomingMessage } from 'node:http';
import { refusals } from '../../src/lib/refusal';
import { refusal, refusalReply, type Reply } from './reply';

/**
 * The request's JSON object body, or the refusal: 413 past `limit` bytes, 400 `invalid_body` (as the
 * app's API answers) when not a JSON object.
 * No body at all reads as `{}` (a step like deleting a comment needs none).
 */
export function readJson(
	req: IncomingMessage,
	limit: number
): Promise<{ value: Record<string, unknown> } | Reply> {
	const tooLarge = refusal(413, 'too_large');
	if (Number(req.headers['content-length'] ?? 0) > limit) {
		// Read and drop it, so the connection stays usable for the client's next request.
		req.resume();
		return Promise.resolve(tooLarge);
	}
	return new Promise((done, fail) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const onData = (chunk: Buffer) => {
			size += chunk.byteLength;
			if (size <= limit) return void chunks.push(chunk);
			req.off('data', onData);
			req.resume();
			done(tooLarge);
		};
		req.on('data', onData);
		req.on('error', fail);
		req.on('end', () => {
			let value: unknown;
			const text = Buffer.concat(chunks).toString('utf8');
			if (text.trim() === '') return done({ value: {} });
			try {
				value = JSON.parse(text);
			} catch {
				return done(refusalReply(refusals.invalidBody()));
			}
			if (typeof value !== 'object' || value === null || Array.isArray(value))
				return done(refusalReply(refusals.invalidBody()));
			done({ value: value as Record<string, unknown> });
		});
	});
}
