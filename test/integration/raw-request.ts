// Requests sent over node:http, so a test chooses how the body travels: with a declared length or
// chunked (no Content-Length), written in pieces as a slow client would. The server's answer is
// read as soon as it comes, even while the body is still being written.
import { Agent, request } from 'node:http';

export type RawAnswer = { status: number; body: Record<string, unknown>; reusedSocket: boolean };

export type RawRequest = {
	method?: string;
	headers?: Record<string, string>;
	/** The body, sent in pieces of 1 MB at most. */
	body?: Uint8Array;
	/** Sends the body chunked, without Content-Length. */
	chunked?: boolean;
	agent?: Agent;
	/** Called once the whole body has been handed to the socket. */
	sent?: () => void;
};

/** Sends one request to `url` and resolves with the answer once both sides are done. */
export function rawRequest(url: string, options: RawRequest = {}): Promise<RawAnswer> {
	const { method = 'POST', headers = {}, body, chunked = false, agent, sent: onSent } = options;
	const sent = { ...headers };
	if (body && !chunked) sent['content-length'] = String(body.byteLength);
	return new Promise((resolve, reject) => {
		const req = request(url, { method, headers: sent, agent }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				let parsed: Record<string, unknown> = {};
				try {
					parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
				} catch {
					parsed = { text };
				}
				written.then(
					() => resolve({ status: res.statusCode ?? 0, body: parsed, reusedSocket: req.reusedSocket }),
					reject
				);
			});
		});
		req.on('error', reject);
		const written = (async () => {
			const piece = 1024 * 1024;
			for (let at = 0; body && at < body.byteLength; at += piece) {
				if (!req.write(body.subarray(at, at + piece)))
					await new Promise((drained) => req.once('drain', drained));
			}
			req.end(onSent);
		})();
	});
}

/** A multipart/form-data body of `fields` (a file field is bytes with a file name). */
export function multipart(
	fields: Record<string, string | { name: string; type: string; bytes: Uint8Array }>
) {
	const boundary = `----clusterplan${Math.random().toString(16).slice(2)}`;
	const parts: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) {
		parts.push(Buffer.from(`--${boundary}\r\n`));
		if (typeof value === 'string') {
			parts.push(Buffer.from(`Content-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
		} else {
			parts.push(
				Buffer.from(
					`Content-Disposition: form-data; name="${name}"; filename="${value.name}"\r\nContent-Type: ${value.type}\r\n\r\n`
				),
				Buffer.from(value.bytes),
				Buffer.from('\r\n')
			);
		}
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: new Uint8Array(Buffer.concat(parts)), type: `multipart/form-data; boundary=${boundary}` };
}
