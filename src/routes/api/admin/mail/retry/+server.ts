// POST /api/admin/mail/retry (admins) `{ids?: number[]}`: the failed mails (all, or those named)
// are tried again now instead of after their pause; answers `{retried: n}` and wakes the mailer.
import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiUser } from '$lib/server/authz/guard';
import { can } from '$lib/server/authz/can';
import { refusals } from '$lib/refusal';
import { api, objectBody } from '$lib/server/answer/api';
import { serverNow } from '$lib/server/clock';
import { retryNow } from '$lib/server/notifications/outbox';
import { wakeMailer } from '$lib/server/notifications/mail-wake';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, request }) => {
	const user = apiUser(locals);
	if (!can(user, 'mail.view')) throw refusals.forbidden();
	const { ids } = await objectBody(request, {});
	if (ids !== undefined && (!Array.isArray(ids) || !ids.every((id) => Number.isSafeInteger(id) && id > 0)))
		throw refusals.invalidParameter('ids', 'ids are outbox row ids');
	const retried = await retryNow(getDb(), serverNow(), ids as number[] | undefined);
	wakeMailer();
	return json({ retried });
});
