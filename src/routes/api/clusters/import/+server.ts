// POST /api/clusters/import (admins): a multipart form with the cluster file in `file` and, for a
// copy beside the original, a new `id` and `name`. Answers what was written, or `{error, code, field}`.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { can } from '$lib/server/authz/can';
import { importCluster } from '$lib/server/transfer/import';
import { MAX_CLUSTER_FILE_BYTES } from '$lib/server/transfer/format';
import { transferProblem } from '$lib/server/transfer/problem';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';

// Room for the multipart boundaries and the two short fields around a file of the largest size.
const MAX_BODY_BYTES = MAX_CLUSTER_FILE_BYTES + 64 * 1024;

const tooLarge = () => transferProblem(413, 'file_too_large', 'the file is larger than 50 MB');

async function uploaded(request: Request) {
	if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw tooLarge();
	const form = await request.formData().catch((failure: unknown) => {
		// The server's own body limit (BODY_SIZE_LIMIT) answers while the body is read.
		if ((failure as { status?: number }).status === 413) throw tooLarge();
		throw transferProblem(400, 'no_file', 'send the file as multipart/form-data in the field "file"');
	});
	const file = form.get('file');
	if (!(file instanceof File) || file.size === 0)
		throw transferProblem(400, 'no_file', 'choose a file to import');
	if (file.size > MAX_CLUSTER_FILE_BYTES) throw tooLarge();
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : undefined;
	};
	return { bytes: new Uint8Array(await file.arrayBuffer()), asId: text('id'), name: text('name') };
}

export const POST: RequestHandler = api(async ({ locals, request }) => {
	if (!locals.user || !can(locals.user, 'cluster.import')) {
		// The upload is read and dropped before the refusal: answering while it still arrives left
		// the connection stuck, and the client's next request on it failed.
		await request.arrayBuffer().catch(() => undefined);
		apiUser(locals);
		throw transferProblem(403, 'forbidden', 'only admins may import a cluster');
	}
	const { bytes, ...options } = await uploaded(request);
	return json(await importCluster(getDb(), locals.user, bytes, options), { status: 201 });
});
