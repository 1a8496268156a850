// The plan languages named in the reader's language, for labels, tabs and the fallback markers.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { isLang, type Lang } from '$lib/plan/localized';

/** "Russian", "Русский", "Орыс тілі". */
export function langName(lang: Lang): string {
	return { ru: m.text_lang_ru, kk: m.text_lang_kk, en: m.text_lang_en }[lang]();
}

/** "in Russian", "на русском", "орыс тілінде": the form a sentence about a language needs. */
export function inLang(lang: Lang): string {
	return { ru: m.text_in_lang_ru, kk: m.text_in_lang_kk, en: m.text_in_lang_en }[lang]();
}

/** The short code shown on markers and tabs. */
export function langCode(lang: Lang): string {
	return lang.toUpperCase();
}

/** The reader's language: the interface language, which uses the same codes as plan text. */
export function readerLang(): Lang {
	const locale = getLocale();
	return isLang(locale) ? locale : 'en';
}
