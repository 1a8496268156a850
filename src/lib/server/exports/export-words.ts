// The words of the exports meant for people, in the reader's language: the same messages the pages
// put on funding sources, statuses, levels, frequencies and reporting-year states, and plan text in
// the reader's language with the pages' fallback. The language is passed in, not read from the
// request, so a workbook can be written (and tested) for any reader.
import { m } from '$lib/paraglide/messages';
import { monthFormat } from '../../locale-format';
import {
	textIn,
	type Frequency,
	type FundingSource,
	type IndicatorLevel,
	type Lang,
	type Localized,
	type OutdatedLangs,
	type PeriodState,
	type ProjectStatus,
	type VersionState,
	type VersionStep
} from '../../plan';

/** A message without inputs, said in a given language. */
type Say = (inputs: Record<string, never>, options: { locale: Lang }) => string;

/** `message` in `lang`. */
export const inLang = (message: Say, lang: Lang): string => message({}, { locale: lang });

export const fundingWords: Record<FundingSource, Say> = {
	state_support: m.projects_funding_state_support,
	own_funds: m.projects_funding_own_funds,
	donor: m.projects_funding_donor,
	loan: m.projects_funding_loan,
	other: m.projects_funding_other
};

export const projectStatusWords: Record<ProjectStatus, Say> = {
	proposed: m.projects_status_proposed,
	approved: m.projects_status_approved,
	in_progress: m.projects_status_in_progress,
	completed: m.projects_status_completed,
	cancelled: m.projects_status_cancelled
};

export const levelWords: Record<IndicatorLevel, Say> = {
	impact: m.indicators_level_impact,
	outcome: m.indicators_level_outcome,
	output: m.indicators_level_output
};

export const frequencyWords: Record<Frequency, Say> = {
	monthly: m.indicators_frequency_monthly,
	quarterly: m.indicators_frequency_quarterly,
	semiannual: m.indicators_frequency_semiannual,
	annual: m.indicators_frequency_annual
};

export const yearStateWords: Record<PeriodState, Say> = {
	no_data: m.status_period_no_data,
	in_progress: m.status_period_in_progress,
	submitted: m.status_period_submitted,
	returned: m.status_period_returned,
	approved: m.status_period_approved
};

export const versionStateWords: Record<VersionState, Say> = {
	draft: m.export_status_draft,
	submitted: m.export_status_submitted,
	changes_requested: m.export_status_changes_requested,
	approved: m.export_status_approved
};

/** What a review step made of the version, as its state says it. */
export const decisionWords: Record<VersionStep, Say> = {
	submit: m.export_status_submitted,
	approve: m.export_status_approved,
	request_changes: m.export_status_changes_requested
};

/** A code in words, or the code itself where a stored one is not known (an older or damaged row). */
export function wordFor<K extends string>(words: Record<K, Say>, code: string, lang: Lang): string {
	return Object.hasOwn(words, code) ? inLang(words[code as K], lang) : code;
}

/**
 * Plan text in `lang`; where it is not written in `lang`, another language's text marked with its
 * code ("Мука [RU]"), as the pages mark it.
 */
export function textFor(value: Localized, lang: Lang, outdated?: OutdatedLangs): string {
	const shown = textIn(value, lang);
	const text = shown.fallback ? `${shown.text} [${shown.lang.toUpperCase()}]` : shown.text;
	// The language shown may be outdated: another was revised after it.
	return outdated?.[shown.lang] && shown.text
		? `${text} ${m.export_outdated_mark({}, { locale: lang })}`
		: text;
}

/** A period key in words ("3-й квартал 2025", "July 2025"); a key of no known shape as it is. */
export function periodWords(key: string, lang: Lang): string {
	const match = /^(\d{4})(?:-(H|Q)?(\d{1,2}))?$/.exec(key);
	if (!match) return key;
	const [, year, kind, index] = match;
	if (index === undefined) return year!;
	const n = Number(index);
	if (kind === 'H') return m.monitoring_period_half({ n, year: year! }, { locale: lang });
	if (kind === 'Q') return m.monitoring_period_quarter({ n, year: year! }, { locale: lang });
	return monthFormat(lang)(Number(year), n);
}
