// A request whose body is the file itself (an application's PDF), not a form around it: its bytes,
// within `max`. A body declared larger is refused before it is read; the server's own body limit
// (server/body-limit.ts, or adapter-node's BODY_SIZE_LIMIT) may refuse it earlier with the same code.
import { Refusal } from '../../refusal';

const tooLarge = (max: number) =>
	new Refusal(413, 'too_large', `the file is larger than ${max} bytes`, { field: 'file' });

/** The body's bytes; 413 `too_large` past `max`. */
export async function bytesBody(request: Request, max: number): Promise<Uint8Array> {
	if (Number(request.headers.get('content-length') ?? 0) > max) throw tooLarge(max);
	const body = await request.arrayBuffer().catch((failure: unknown) => {
		if ((failure as { status?: number }).status === 413) throw tooLarge(max);
		throw new Refusal(400, 'invalid_body', 'The body could not be read', { field: 'file' });
	});
	if (body.byteLength > max) throw tooLarge(max);
	return new Uint8Array(body);
}
