// GET /api/admin/mail (admins): the mail outbox as admins look after it, `{failed: [{id, to,
// subject, attempts, lastError, nextAt, createdAt}], pending, sent}`: failed rows are still retried,
// and shown here so a mail that does not go out is never lost silently.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { can } from '$lib/server/authz/can';
import { refusals } from '$lib/refusal';
import { api } from '$lib/server/answer/api';
import { mailSummary } from '$lib/server/notifications/outbox';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
	const user = apiUser(locals);
	if (!can(user, 'mail.view')) throw refusals.forbidden();
	return json(await mailSummary(getDb()));
});
