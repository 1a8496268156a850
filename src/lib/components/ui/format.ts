// Money and days in the reader's language, for the plan views: the shared formats of $lib/locale-format.
export { dayFormat, tengeFormat } from '$lib/locale-format';
