// The tables of a version's workbook as plain rows: its projects, its indicators with one column per
// target year, and what version it is. Column names are English keys, like the indicator export, so
// a file reads the same whoever made it; plan text is written in each of its three languages.
import { LANGS, textIn, type Lang, type Localized, type PlanData } from '../../plan';
import { formulaWithCodes } from '../indicators/sheet-tables';
import { markedText } from './outdated-mark';

export type Cell = string | number | boolean | null;

/** One sheet: its columns (`text` ones are kept as typed, never read as numbers or dates) and rows. */
export type VersionSheet = { name: string; columns: { key: string; text?: boolean }[]; rows: Cell[][] };

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

function projectsSheet(data: PlanData, lang: Lang): VersionSheet {
	const actorName = new Map(data.actors.map((actor) => [actor.id, actor.name]));
	const numbers = objectiveNumbers(data);
	const objectiveTitle = new Map(
		data.strategy.lines.flatMap((line) => line.objectives.map((o) => [o.id, textIn(o.title, lang).text]))
	);
	const columns = [
		{ key: 'id', text: true },
		{ key: 'title_ru' },
		{ key: 'title_kk' },
		{ key: 'title_en' },
		{ key: 'lead' },
		{ key: 'partners' },
		{ key: 'budget' },
		{ key: 'funding_source', text: true },
		{ key: 'start', text: true },
		{ key: 'end', text: true },
		{ key: 'status', text: true },
		{ key: 'priority' },
		{ key: 'objectives' }
	];
	const rows = data.projects.map((project): Cell[] => [
		project.id,
		...LANGS.map((lang) => markedText(project.title, project.outdated?.title, lang)),
		project.leadActorId ? (actorName.get(project.leadActorId) ?? '') : '',
		project.partnerIds.map((id) => actorName.get(id) ?? id).join('; '),
		project.budget,
		project.fundingSource,
		project.start,
		project.end,
		project.status,
		project.priority,
		// In the strategy's order, whatever order they were linked in.
		[...numbers]
			.filter(([id]) => project.objectiveIds.includes(id))
			.map(([id, number]) => `${number} ${objectiveTitle.get(id)}`)
			.join('; ')
	]);
	return { name: 'Projects', columns, rows };
}

/** Every year any indicator has a target for, in order. */
export function targetYears(data: PlanData): string[] {
	const years = new Set(data.indicators.flatMap((indicator) => Object.keys(indicator.targets)));
	return [...years].toSorted((a, b) => Number(a) - Number(b));
}

function indicatorsSheet(data: PlanData): VersionSheet {
	const years = targetYears(data);
	const columns = [
		{ key: 'code', text: true },
		{ key: 'name_ru' },
		{ key: 'name_kk' },
		{ key: 'name_en' },
		{ key: 'level', text: true },
		{ key: 'unit' },
		{ key: 'baseline' },
		{ key: 'baseline_year' },
		...years.map((year) => ({ key: year })),
		{ key: 'cumulative' },
		{ key: 'frequency', text: true },
		{ key: 'source' },
		{ key: 'responsible' },
		{ key: 'formula', text: true }
	];
	const rows = data.indicators.map((indicator): Cell[] => [
		indicator.code,
		...LANGS.map((lang) => markedText(indicator.name, indicator.outdated?.name, lang)),
		indicator.level,
		indicator.unit,
		indicator.baseline,
		indicator.baselineYear,
		...years.map((year) => indicator.targets[year] ?? null),
		indicator.cumulative,
		indicator.frequency,
		indicator.source,
		indicator.responsible,
		formulaWithCodes(data.indicators, indicator.formula)
	]);
	return { name: 'Indicators', columns, rows };
}

function aboutSheet(data: PlanData, facts: VersionFacts): VersionSheet {
	const rows: Cell[][] = [
		['plan', facts.planId],
		...LANGS.map((lang): Cell[] => [
			`plan_title_${lang}`,
			markedText(data.title, data.outdated?.title, lang)
		]),
		...LANGS.map((lang): Cell[] => [`cluster_${lang}`, facts.clusterName[lang]]),
		['version', `v${facts.id}`],
		['label', facts.label],
		['note', facts.note],
		['saved_by', facts.authorName],
		['saved_at', facts.createdAt],
		['status', facts.status],
		['decision', facts.decision?.step ?? null],
		['decision_by', facts.decision?.byName ?? null],
		['decision_at', facts.decision?.at ?? null],
		['decision_comment', facts.decision?.comment ?? null],
		['projects', data.projects.length],
		['indicators', data.indicators.length]
	];
	return {
		name: 'About',
		columns: [
			{ key: 'field', text: true },
			{ key: 'value', text: true }
		],
		rows
	};
}

/** The version's sheets: Projects, Indicators and About. Objective titles are in `lang`. */
export function versionSheets(data: PlanData, facts: VersionFacts, lang: Lang): VersionSheet[] {
	return [projectsSheet(data, lang), indicatorsSheet(data), aboutSheet(data, facts)];
}
