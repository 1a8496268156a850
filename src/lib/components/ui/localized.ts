// Plan text in the reader's language: the page's locale picks which of the three texts to show.
import { getLocale } from '$lib/paraglide/runtime';
import { isLang, textIn, type Lang, type Localized, type Shown } from '$lib/plan';

/** The plan language matching the page's locale. */
export function readerLang(): Lang {
	const locale = getLocale();
	return isLang(locale) ? locale : 'en';
}

/** A text as this reader sees it, with the language it is shown in when that is a fallback. */
export function shown(value: Localized): Shown {
	return textIn(value, readerLang());
}

/** Just the text, for option labels, aria-labels and other places without room for a marker. */
export function plain(value: Localized): string {
	return shown(value).text;
}
