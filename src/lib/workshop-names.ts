// The names of a workshop's columns and agenda steps as each reader reads them: a default name
// (SWOT, "Brainstorm", "Ideas") in the reader's language, a name the facilitator typed as typed.
// Used by the workshop pages and by the server's summary, so both name things the same way.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { LANGS, isLang, type Lang, type Localized } from '$lib/plan';
import { DEFAULT_NAMES, type DefaultName, type Named } from '$lib/plan/workshop';

type Message = (inputs?: Record<string, never>, options?: { locale?: Lang }) => string;

const messages: Record<DefaultName, Message> = {
	'swot.strengths': m.workshop_live_swot_strengths,
	'swot.weaknesses': m.workshop_live_swot_weaknesses,
	'swot.opportunities': m.workshop_live_swot_opportunities,
	'swot.threats': m.workshop_live_swot_threats,
	'agenda.brainstorm': m.workshop_live_default_step,
	'column.ideas': m.workshop_live_custom_column
};

function readerLang(): Lang {
	const locale = getLocale();
	return isLang(locale) ? locale : 'en';
}

/** A default name in `lang`, the reader's language unless given. */
export function defaultNameText(name: DefaultName, lang: Lang = readerLang()): string {
	return messages[name]({}, { locale: lang });
}

let byText: Map<string, DefaultName> | null = null;

/**
 * The default name a column or step has. Workshops stored before defaults were kept as keys hold
 * only the title: a title that is exactly a default name in any of the three languages (as the
 * facilitator's page wrote it then) is taken as that default.
 */
export function defaultNameOf(item: Named): DefaultName | null {
	if (item.defaultName) return item.defaultName;
	byText ??= new Map(
		DEFAULT_NAMES.flatMap((name) => LANGS.map((lang) => [defaultNameText(name, lang), name] as const))
	);
	return byText.get(item.title.trim()) ?? null;
}

/** A column's or step's name in `lang` (the reader's language unless given). */
export function workshopName(item: Named, lang: Lang = readerLang()): string {
	const name = defaultNameOf(item);
	return name ? defaultNameText(name, lang) : item.title;
}

/** A column's or step's name in the three languages, as the JSON summary gives it. */
export function workshopNames(item: Named): Localized {
	return { ru: workshopName(item, 'ru'), kk: workshopName(item, 'kk'), en: workshopName(item, 'en') };
}

/**
 * The default a row the facilitator edits still is: its default name while its title is that name
 * in the facilitator's language, none once they typed another.
 */
export function keptDefaultName(row: { title: string; defaultName: DefaultName | null }): DefaultName | null {
	return row.defaultName && row.title.trim() === defaultNameText(row.defaultName) ? row.defaultName : null;
}
