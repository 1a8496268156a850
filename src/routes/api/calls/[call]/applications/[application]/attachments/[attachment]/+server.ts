// GET /api/calls/<id>/applications/<appId>/attachments/<attachmentId>: the PDF, to anyone who may
// read the application. DELETE: its applicant removes it from the draft (409 once submitted).
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { attachmentFile, removeAttachment } from '$lib/server/selection/attachments';
import type { RequestHandler } from './$types';

/** `attachment` with an ASCII name for old clients and the exact (maybe Cyrillic) name beside it. */
function disposition(name: string): string {
	const ascii = name.replace(/[^\w.-]/g, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const user = apiUser(locals);
	const file = await attachmentFile(getDb(), user, params.call, params.application, params.attachment);
	return new Response(file.bytes, {
		headers: {
			'content-type': 'application/pdf',
			'content-length': String(file.bytes.byteLength),
			'content-disposition': disposition(file.name),
			'cache-control': 'private, no-store'
		}
	});
});

export const DELETE: RequestHandler = api(async ({ locals, params }) => {
	const user = apiUser(locals);
	const { call, application, attachment } = params;
	await removeAttachment(getDb(), user, call, application, attachment, serverNow());
	return json({ removed: attachment });
});
