// Plan text that may be outdated (another language was revised after it) is exported with a mark
// in its own language: the Russian column reads «(возможно, устарело)» whoever made the file.
import { m } from '$lib/paraglide/messages';
import type { Lang, Localized, OutdatedLangs } from '../../plan';

/** One language of a text as exported: the text, followed by the mark when it may be outdated. */
export function markedText(text: Localized, outdated: OutdatedLangs | undefined, lang: Lang): string {
	const value = text[lang];
	if (!outdated?.[lang] || value.trim() === '') return value;
	return `${value} ${m.export_outdated_mark({}, { locale: lang })}`;
}
