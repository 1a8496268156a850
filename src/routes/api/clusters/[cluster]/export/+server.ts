// GET /api/clusters/<cluster>/export: the whole cluster as one JSON file (facilitators of the
// cluster and admins), offered as a download named `<cluster>-<date>.json`.
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { exportClusterFor } from '$lib/server/transfer/export';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';

/** `attachment` with an ASCII name for old clients and the exact (maybe Cyrillic) name beside it. */
function attachment(name: string): string {
	const ascii = name.replace(/[^\w.-]/g, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const file = await exportClusterFor(getDb(), apiUser(locals), params.cluster);
	const name = `${file.cluster.id}-${file.exportedAt.slice(0, 10)}.json`;
	return new Response(JSON.stringify(file), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': attachment(name),
			'cache-control': 'no-store'
		}
	});
});
