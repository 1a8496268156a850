// Plan text in the reader's language: the page's locale picks which of the three texts to show.
import { textIn, type Localized, type Shown } from '$lib/plan';
import { readerLang } from '$lib/components/text/lang-names';

export { readerLang };

/** A text as this reader sees it, with the language it is shown in when that is a fallback. */
export function shown(value: Localized): Shown {
	return textIn(value, readerLang());
}

/** Just the text, for option labels, aria-labels and other places without room for a marker. */
export function plain(value: Localized): string {
	return shown(value).text;
}
