// POST /api/calls/<id>/applications/<appId>/attachments?name=<file name>: the applicant attaches a
// PDF to the draft. The body is the file itself (content-type: application/pdf), at most 10 MB:
// 201 with `{attachment: {id, name, size}}`; 400 `not_pdf`, 413 `too_large`, 400 `too_many`, 403
// for anyone but its applicant, 409 `already_submitted` once submitted.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { api } from '$lib/server/answer/api';
import { bytesBody } from '$lib/server/answer/raw-body';
import { serverNow } from '$lib/server/clock';
import { APPLICATION_BOUNDS } from '$lib/selection/application';
import { addAttachment } from '$lib/server/selection/attachments';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params, request, url }) => {
	const user = apiUser(locals);
	const bytes = await bytesBody(request, APPLICATION_BOUNDS.attachmentBytes);
	const upload = { name: url.searchParams.get('name'), type: request.headers.get('content-type'), bytes };
	const attachment = await addAttachment(getDb(), user, params.call, params.application, upload, serverNow());
	return json({ attachment }, { status: 201 });
});
