// The language of the request being answered (paraglide's middleware sets it), as a plan language:
// what lists sort names by and what exports write for their reader.
import { getLocale } from '$lib/paraglide/runtime';
import { isLang, type Lang } from '../plan';

/** The reader's language: the interface language, which uses the same codes as plan text. */
export function requestLang(): Lang {
	const locale = getLocale();
	return isLang(locale) ? locale : 'en';
}
