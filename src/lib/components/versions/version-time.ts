// When a version was saved or decided, in the reader's language (Kazakh in Kazakh: see
// $lib/locale-format).
import { dateFormat, momentFormat } from '$lib/locale-format';

/** A medium date and a short time: "24 Nov 2025, 14:05". */
export function versionTimeFormat(): (iso: string) => string {
	return momentFormat();
}

/** Just the day: "24 Nov 2025", for the decision banner. */
export function versionDayFormat(): (iso: string) => string {
	return dateFormat({ dateStyle: 'medium' });
}
