// The sheets of a version's workbook, written for people in the reader's language: its projects,
// its indicators with one column per target year, and what version it is. Sheet names, headers and
// enumerations are the pages' words; plan text is in the reader's language with the pages'
// fallback; amounts are numbers and days are dates. Programs read a version from the JSON API.
import { m } from '$lib/paraglide/messages';
import type { Lang, Localized, PlanData } from '../../plan';
import {
	decisionWords,
	fundingWords,
	inLang,
	projectStatusWords,
	textFor,
	versionStateWords,
	wordFor
} from './export-words';
import { indicatorsSheet } from './indicator-sheets';
import type { ReadableCell, ReadableSheet } from './readable-workbook';

/** What the About sheet says of the version. */
export type VersionFacts = {
	planId: string;
	clusterName: Localized;
	id: number;
	label: string;
	note: string;
	authorName: string;
	createdAt: string;
	status: string;
	decision: { step: string; comment: string; byName: string; at: string } | null;
};

/** "1.2" for the second objective of the first line, by objective id. */
export function objectiveNumbers(data: PlanData): Map<string, string> {
	const numbers = new Map<string, string>();
	data.strategy.lines.forEach((line, li) =>
		line.objectives.forEach((objective, oi) => numbers.set(objective.id, `${li + 1}.${oi + 1}`))
	);
	return numbers;
}

function projectsSheet(data: PlanData, lang: Lang): ReadableSheet {
	const say = (message: Parameters<typeof inLang>[0]) => inLang(message, lang);
	const actorName = new Map(data.actors.map((actor) => [actor.id, textFor(actor.name, lang)]));
	const numbers = objectiveNumbers(data);
	const objectiveTitle = new Map(
		data.strategy.lines.flatMap((line) =>
			line.objectives.map((o) => [o.id, textFor(o.title, lang, o.outdated?.title)])
		)
	);
	const columns = [
		{ header: say(m.projects_col_title), kind: 'text' as const },
		{ header: say(m.projects_col_lead), kind: 'text' as const },
		{ header: say(m.projects_col_partners), kind: 'text' as const },
		{ header: say(m.projects_col_budget), kind: 'number' as const },
		{ header: say(m.projects_col_funding), kind: 'text' as const },
		{ header: say(m.projects_col_start), kind: 'day' as const },
		{ header: say(m.projects_col_end), kind: 'day' as const },
		{ header: say(m.projects_col_status), kind: 'text' as const },
		{ header: say(m.projects_col_priority), kind: 'number' as const },
		{ header: say(m.projects_col_objectives), kind: 'text' as const }
	];
	const rows = data.projects.map((project): ReadableCell[] => [
		textFor(project.title, lang, project.outdated?.title),
		project.leadActorId ? (actorName.get(project.leadActorId) ?? '') : '',
		project.partnerIds.map((id) => actorName.get(id) ?? id).join('; '),
		project.budget,
		wordFor(fundingWords, project.fundingSource, lang),
		project.start,
		project.end,
		wordFor(projectStatusWords, project.status, lang),
		project.priority,
		// In the strategy's order, whatever order they were linked in.
		[...numbers]
			.filter(([id]) => project.objectiveIds.includes(id))
			.map(([id, number]) => `${number} ${objectiveTitle.get(id)}`)
			.join('; ')
	]);
	return { name: say(m.tab_projects), columns, rows };
}

function aboutSheet(data: PlanData, facts: VersionFacts, lang: Lang): ReadableSheet {
	const say = (message: Parameters<typeof inLang>[0]) => inLang(message, lang);
	const decision = facts.decision;
	// Times beside text and counts: the second column holds all three, so times say what they are.
	const moment = (iso: string | undefined) => (iso ? { moment: iso } : null);
	const rows: [string, ReadableCell][] = [
		[say(m.export_sheet_plan), textFor(data.title, lang, data.outdated?.title)],
		[say(m.export_cluster), textFor(facts.clusterName, lang)],
		[say(m.export_version), `v${facts.id}`],
		[say(m.versions_label), facts.label],
		[say(m.export_note), facts.note],
		[say(m.export_saved_by), facts.authorName],
		[say(m.export_saved_at), moment(facts.createdAt)],
		[say(m.export_status), wordFor(versionStateWords, facts.status, lang)],
		[say(m.export_decision), decision ? wordFor(decisionWords, decision.step, lang) : null],
		[say(m.export_sheet_decision_by), decision?.byName ?? null],
		[say(m.export_sheet_decision_at), moment(decision?.at)],
		[say(m.export_sheet_decision_comment), decision?.comment ?? null],
		[say(m.tab_projects), data.projects.length],
		[say(m.tab_indicators), data.indicators.length]
	];
	return {
		name: say(m.export_sheet_about),
		columns: [
			{ header: say(m.export_sheet_item), kind: 'text' },
			{ header: say(m.export_sheet_detail), kind: 'mixed' }
		],
		rows
	};
}

/** The version's sheets for a reader of `lang`: projects, indicators and what version it is. */
export function versionSheets(data: PlanData, facts: VersionFacts, lang: Lang): ReadableSheet[] {
	return [projectsSheet(data, lang), indicatorsSheet(data.indicators, lang), aboutSheet(data, facts, lang)];
}
