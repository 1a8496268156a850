// A call's pages read through the same services as the JSON API; what a service refuses there is
// the page's error page, in the reader's language: 404 for a call the reader may not see, 403 for
// what is not theirs to read.
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { isRefusal } from '../../refusal';

/** `work`'s answer, or the error page its refusal calls for (`forbidden` words a 403). */
export async function forPage<T>(work: Promise<T>, forbidden: () => string = m.error_forbidden): Promise<T> {
	try {
		return await work;
	} catch (caught) {
		if (!isRefusal(caught)) throw caught;
		if (caught.status === 404) error(404, m.error_not_found());
		if (caught.status === 403) error(403, forbidden());
		error(caught.status, m.error_title());
	}
}
