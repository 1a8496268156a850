// When a comment was written, in the reader's language (Kazakh in Kazakh: see $lib/locale-format).
import { momentFormat } from '$lib/locale-format';

/** Formats ISO timestamps as a medium date and short time; anything else is shown as it is. */
export function commentTimeFormat(): (iso: string) => string {
	return momentFormat();
}
