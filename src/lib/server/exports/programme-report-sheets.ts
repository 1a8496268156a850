// The programme report's workbook for people, one sheet per section of the printed report, in the
// reader's language: a summary of the totals, the calls decided, the participants, every cluster's
// plan with its approval, projects, money and indicators, and the support measures used and missing.
// Money and counts are numbers, so the ministry's own sums in Excel come out as ours.
import { m } from '$lib/paraglide/messages';
import { PROJECT_STATUSES, type FundingSums, type Lang, type VersionStep } from '../../plan';
import type { ClusterLine, ProgrammeReport } from '../../programme/report';
import { inLang, projectStatusWords, textFor, wordFor } from './export-words';
import type { ReadableCell, ReadableColumn, ReadableSheet } from './readable-workbook';

type Say = Parameters<typeof inLang>[0];

export const approvalWords: Record<VersionStep | 'none', Say> = {
	submit: m.progreport_approval_submit,
	approve: m.progreport_approval_approve,
	request_changes: m.progreport_approval_request_changes,
	none: m.progreport_approval_none
};

export const measureStatusWords: Record<'in_force' | 'drafted' | 'proposed', Say> = {
	in_force: m.measures_status_in_force,
	drafted: m.measures_status_drafted,
	proposed: m.measures_status_proposed
};

export const MONEY: (keyof FundingSums)[] = ['budget', 'secured', 'applied', 'planned', 'gap'];
export const moneyWords: Record<keyof FundingSums, Say> = {
	budget: m.fundtab_sum_budget,
	secured: m.fundtab_sum_secured,
	applied: m.fundtab_sum_applied,
	planned: m.fundtab_sum_planned,
	gap: m.fundtab_sum_gap
};
export const INDICATORS = ['total', 'onTrack', 'atRisk', 'offTrack', 'noData'] as const;
export const indicatorWords: Record<(typeof INDICATORS)[number], Say> = {
	total: m.progreport_col_indicators,
	onTrack: m.status_on_track,
	atRisk: m.status_at_risk,
	offTrack: m.status_off_track,
	noData: m.status_no_data
};

const text = (header: string): ReadableColumn => ({ header, kind: 'text' });
const number = (header: string): ReadableColumn => ({ header, kind: 'number' });
const sayIn = (lang: Lang) => (message: Say) => inLang(message, lang);

function summarySheet({ asOf, participants, totals }: ProgrammeReport, lang: Lang): ReadableSheet {
	const say = sayIn(lang);
	const year = asOf.slice(0, 4);
	const rows: [string, ReadableCell][] = [
		[say(m.progreport_col_date), asOf],
		[say(m.progreport_participants_total), participants.total],
		[say(m.progreport_participants_employees), participants.employees],
		[m.progreport_participants_joined({ year }, { locale: lang }), participants.joinedInYear],
		[say(m.progreport_col_projects), totals.projects],
		...MONEY.map((key): [string, ReadableCell] => [say(moneyWords[key]), totals.funding[key]]),
		...INDICATORS.map((key): [string, ReadableCell] => [say(indicatorWords[key]), totals.indicators[key]]),
		[say(m.progreport_sheet_used), totals.used],
		[say(m.progreport_sheet_missing), totals.missing]
	];
	return {
		name: say(m.progreport_sheet_summary),
		columns: [text(say(m.progreport_col_item)), { header: say(m.progreport_col_amount), kind: 'mixed' }],
		rows
	};
}

function selectionSheet(report: ProgrammeReport, lang: Lang): ReadableSheet {
	const say = sayIn(lang);
	return {
		name: say(m.progreport_sheet_selection),
		columns: [
			text(say(m.calls_column_call)),
			{ header: say(m.progreport_col_decided), kind: 'day' },
			text(say(m.ranking_decision_protocol)),
			number(say(m.calls_applications)),
			number(say(m.calls_application_rejected)),
			number(say(m.progreport_col_scored)),
			number(say(m.progreport_col_chosen)),
			number(say(m.calls_application_reserve))
		],
		rows: report.selection.map((call) => [
			textFor(call.title, lang),
			call.decisionDate,
			call.protocol,
			call.applications,
			call.rejected,
			call.scored,
			call.chosen,
			call.reserve
		])
	};
}

function participantsSheet(report: ProgrammeReport, lang: Lang): ReadableSheet {
	const say = sayIn(lang);
	return {
		name: say(m.progreport_sheet_participants),
		columns: [text(say(m.progreport_col_cluster)), number(say(m.progreport_col_participants))],
		rows: [
			...report.clusters.map((line): ReadableCell[] => [textFor(line.name, lang), line.participants]),
			[say(m.progreport_total), report.participants.total]
		]
	};
}

function clusterRow(line: ClusterLine, lang: Lang): ReadableCell[] {
	return [
		textFor(line.name, lang),
		textFor(line.planTitle, lang),
		inLang(approvalWords[line.decision?.step ?? 'none'], lang),
		line.decision ? `v${line.decision.version}` : null,
		line.decision ? line.decision.at.slice(0, 10) : null,
		line.projects,
		...PROJECT_STATUSES.map((status) => line.byStatus[status]),
		...MONEY.map((key) => line.funding[key]),
		...INDICATORS.map((key) => line.indicators[key])
	];
}

function clustersSheet(report: ProgrammeReport, lang: Lang): ReadableSheet {
	const say = sayIn(lang);
	const { totals } = report;
	return {
		name: say(m.progreport_sheet_clusters),
		columns: [
			text(say(m.progreport_col_cluster)),
			text(say(m.progreport_col_plan)),
			text(say(m.progreport_col_approval)),
			text(say(m.progreport_col_version)),
			{ header: say(m.progreport_col_date), kind: 'day' },
			number(say(m.progreport_col_projects)),
			...PROJECT_STATUSES.map((status) => number(say(projectStatusWords[status]))),
			...MONEY.map((key) => number(say(moneyWords[key]))),
			...INDICATORS.map((key) => number(say(indicatorWords[key])))
		],
		rows: [
			...report.clusters.map((line) => clusterRow(line, lang)),
			[
				say(m.progreport_total),
				...[null, null, null, null],
				totals.projects,
				...PROJECT_STATUSES.map((status) => totals.byStatus[status]),
				...MONEY.map((key) => totals.funding[key]),
				...INDICATORS.map((key) => totals.indicators[key])
			]
		]
	};
}

function usedSheet(report: ProgrammeReport, lang: Lang): ReadableSheet {
	const say = sayIn(lang);
	return {
		name: say(m.progreport_sheet_used),
		columns: [
			text(say(m.progfund_col_measure)),
			number(say(m.progfund_col_asked)),
			number(say(m.progreport_col_projects))
		],
		rows: [
			...report.measuresUsed.map((used): ReadableCell[] => [
				textFor(used.name, lang),
				used.asked,
				used.projects
			]),
			[say(m.progreport_total), report.totals.used, null]
		]
	};
}

/** What waits for each missing measure, a row per project, so the ministry can sort and sum it. */
function missingSheet(report: ProgrammeReport, lang: Lang): ReadableSheet {
	const say = sayIn(lang);
	const clusterName = new Map(report.clusters.map((line) => [line.clusterId, line.name]));
	const rows = report.measuresMissing.flatMap((group) =>
		group.projects.map((project): ReadableCell[] => [
			group.name ? textFor(group.name, lang) : say(m.progfund_no_measure),
			group.status ? wordFor(measureStatusWords, group.status, lang) : null,
			textFor(clusterName.get(project.clusterId) ?? { ru: '', kk: '', en: project.clusterId }, lang),
			textFor(project.title, lang),
			project.amount
		])
	);
	return {
		name: say(m.progreport_sheet_missing),
		columns: [
			text(say(m.progfund_col_measure)),
			text(say(m.progfund_col_status)),
			text(say(m.progreport_col_cluster)),
			text(say(m.progreport_col_project)),
			number(say(m.progreport_col_waiting))
		],
		rows: [...rows, [say(m.progreport_total), null, null, null, report.totals.missing]]
	};
}

/** The workbook's sheets for a reader of `lang`, in the printed report's order. */
export function programmeReportSheets(report: ProgrammeReport, lang: Lang): ReadableSheet[] {
	return [summarySheet, selectionSheet, participantsSheet, clustersSheet, usedSheet, missingSheet].map(
		(sheet) => sheet(report, lang)
	);
}
