// Who waits on whom: every open step the reader may see, for KIDI and the coordinators.
import { getDb } from '$lib/server/db';
import { authorize } from '$lib/server/authz/guard';
import { serverNow } from '$lib/server/clock';
import { waitingFor } from '$lib/server/notifications/waiting';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = authorize(event, 'waiting.view');
	return { waiting: await waitingFor(getDb(), user, serverNow()) };
};
