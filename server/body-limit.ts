// Every request body is held to its endpoint's limit before the app reads it, counted as the bytes
// arrive, whether the client declared a length or sent it chunked: the whole-cluster import takes
// 50 MB, a spreadsheet import its file cap, the login form and anyone signed out 64 KB, everything
// else 8 MB. Past its limit a body is no longer kept: the rest is read and dropped, and the client,
// once it has sent it all, is answered 413 on a connection that stays usable.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { MAX_IMPORT_BODY_BYTES } from '../src/lib/server/indicators/import-caps';
import { MAX_CLUSTER_FILE_BYTES } from '../src/lib/server/transfer/format';
import { APPLICATION_BOUNDS } from '../src/lib/selection/application';

const KB = 1024;
const MB = 1024 * KB;

/** A body limit and the refusal its endpoint answers past it. */
export type BodyLimit = { bytes: number; refusal: { error: string; code: string; field?: string } };

/** What needs no more: the login form, and any request of someone not signed in. */
export const SMALL_BODY_BYTES = 64 * KB;
export const ORDINARY_BODY_BYTES = 8 * MB;
// Room for the multipart boundaries and the short fields around a file of the largest size.
export const CLUSTER_IMPORT_BODY_BYTES = MAX_CLUSTER_FILE_BYTES + 64 * KB;

/** adapter-node's own limit, which only the largest body reaches (see server/index.ts). */
export const LARGEST_BODY = String(CLUSTER_IMPORT_BODY_BYTES);

/** Past the limit, how much more is read and dropped before the client is answered and let go. */
const MOST_DROPPED_BYTES = 64 * MB;

const tooLarge = { error: 'The request body is too large', code: 'too_large' };
const small: BodyLimit = { bytes: SMALL_BODY_BYTES, refusal: tooLarge };
const ordinary: BodyLimit = { bytes: ORDINARY_BODY_BYTES, refusal: tooLarge };
// The upload endpoints answer a large file with their own code, whoever refuses it.
const clusterFile: BodyLimit = {
	bytes: CLUSTER_IMPORT_BODY_BYTES,
	refusal: { error: 'the file is larger than 50 MB', code: 'file_too_large', field: 'file' }
};
const spreadsheet: BodyLimit = {
	bytes: MAX_IMPORT_BODY_BYTES,
	refusal: { error: 'the file is larger than 5 MB', code: 'file_too_large', field: 'file' }
};

// The body is the PDF itself, so its limit is the file's.
const attachment: BodyLimit = {
	bytes: APPLICATION_BOUNDS.attachmentBytes,
	refusal: { error: 'an attachment may have 10 MB', code: 'too_large', field: 'file' }
};

const SPREADSHEET_IMPORT = /^\/api\/plans\/[^/]+\/indicators\/import\/?$/;
const ATTACHMENT_UPLOAD = /^\/api\/calls\/[^/]+\/applications\/[^/]+\/attachments\/?$/;

/** The limit of a body sent to `path`; `signedIn` is asked only where it decides. */
export async function bodyLimit(
	path: string,
	signedIn: () => boolean | Promise<boolean>
): Promise<BodyLimit> {
	if (path === '/login' || path === '/login/' || !(await signedIn())) return small;
	if (path === '/api/clusters/import' || path === '/api/clusters/import/') return clusterFile;
	if (SPREADSHEET_IMPORT.test(path)) return spreadsheet;
	if (ATTACHMENT_UPLOAD.test(path)) return attachment;
	return ordinary;
}

// The answer waits until the body is in: Node stops reading a request once its response is sent,
// and a client still sending would hang. What arrives meanwhile is dropped as it comes; a client
// that keeps sending far past the limit is answered and its connection closed.
function refuse(req: IncomingMessage, res: ServerResponse, limit: BodyLimit, received: number): void {
	const answer = (close: boolean) => {
		if (res.headersSent) return;
		const body = JSON.stringify(limit.refusal);
		res.writeHead(413, {
			'Content-Type': 'application/json',
			'Content-Length': Buffer.byteLength(body),
			...(close ? { Connection: 'close' } : {})
		});
		res.end(body);
	};
	let dropped = received;
	req.on('data', (chunk: Buffer) => {
		dropped += chunk.byteLength;
		if (dropped > limit.bytes + MOST_DROPPED_BYTES) answer(true);
	});
	req.on('end', () => answer(false));
	req.resume();
}

// The request as the app sees it once a chunked body is in: the same request, its body now with a
// length. adapter-node reads only these fields of it (and the socket, for the client's address).
function withBody(req: IncomingMessage, chunks: readonly Buffer[], length: number): IncomingMessage {
	const headers = { ...req.headers, 'content-length': String(length) };
	delete headers['transfer-encoding'];
	const copy = Object.assign(new PassThrough(), {
		method: req.method,
		url: req.url,
		headers,
		httpVersion: req.httpVersion,
		httpVersionMajor: req.httpVersionMajor,
		httpVersionMinor: req.httpVersionMinor,
		socket: req.socket,
		connection: req.socket,
		complete: true
	});
	// The chunks as they came, not joined: one copy of the body in memory, not two.
	for (const chunk of chunks) copy.write(chunk);
	copy.end();
	return copy as unknown as IncomingMessage;
}

/**
 * Holds `req`'s body to `limitOf(req)` and hands the request on with `pass`, or answers 413. A body
 * with a declared length goes on as it is (Node's parser never reads past that length); a chunked
 * body is read first, counted as it arrives, and goes on whole within its limit.
 */
export function limitBody(
	req: IncomingMessage,
	res: ServerResponse,
	limitOf: (req: IncomingMessage) => Promise<BodyLimit>,
	pass: (req: IncomingMessage) => void
): void {
	const chunked = req.headers['transfer-encoding'] !== undefined;
	const declared = Number(req.headers['content-length'] ?? 0);
	if (!chunked && !(declared > SMALL_BODY_BYTES)) return pass(req);
	// The body waits in the socket (nothing reads it) while the session is looked up.
	limitOf(req).then(
		(limit) => holdTo(req, res, limit, chunked, declared, pass),
		(error: unknown) => {
			console.error('body limit: could not decide', error);
			refuse(req, res, small, 0);
		}
	);
}

function holdTo(
	req: IncomingMessage,
	res: ServerResponse,
	limit: BodyLimit,
	chunked: boolean,
	declared: number,
	pass: (req: IncomingMessage) => void
): void {
	if (!chunked) return declared > limit.bytes ? refuse(req, res, limit, 0) : pass(req);

	const chunks: Buffer[] = [];
	let received = 0;
	const take = (chunk: Buffer) => {
		received += chunk.byteLength;
		if (received <= limit.bytes) return void chunks.push(chunk);
		req.off('data', take).off('end', done);
		chunks.length = 0;
		refuse(req, res, limit, received);
	};
	const done = () => pass(withBody(req, chunks, received));
	req.on('data', take).on('end', done);
	// A client that goes away mid-body is answered by nobody; what it sent is let go.
	req.once('error', () => (chunks.length = 0));
}
