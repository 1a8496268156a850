// The proposals to the ministry as a workbook, in the language asked for: one row per proposed
// measure with the catalogue's fields, the clusters and projects it would serve and the sum, then
// every project it would serve with the money waiting.
import { m } from '$lib/paraglide/messages';
import type { Lang } from '../../plan';
import { instrumentWords, statusWords } from '../../components/measures/words';
import type { ProposalView } from '../measures/proposals';
import { inLang, textFor } from './export-words';
import type { ReadableColumn, ReadableSheet } from './readable-workbook';

export function proposalSheets(proposals: readonly ProposalView[], lang: Lang): ReadableSheet[] {
	const say = (message: Parameters<typeof inLang>[0]) => inLang(message, lang);
	const measureColumns: ReadableColumn[] = [
		{ header: say(m.proposals_col_measure), kind: 'text' },
		{ header: say(m.proposals_col_status), kind: 'text' },
		{ header: say(m.proposals_col_instrument), kind: 'text' },
		{ header: say(m.proposals_col_operator), kind: 'text' },
		{ header: say(m.proposals_col_recipients), kind: 'text' },
		{ header: say(m.proposals_col_ceiling), kind: 'number' },
		{ header: say(m.proposals_col_own_share), kind: 'number' },
		{ header: say(m.proposals_col_basis), kind: 'text' },
		{ header: say(m.proposals_col_clusters), kind: 'number' },
		{ header: say(m.proposals_col_projects), kind: 'number' },
		{ header: say(m.proposals_col_total), kind: 'number' },
		{ header: say(m.proposals_col_rationale), kind: 'text' }
	];
	const measures: ReadableSheet = {
		name: say(m.proposals_sheet_measures),
		columns: measureColumns,
		rows: proposals.map(({ measure, projects, clusters, total, rationale }) => [
			textFor(measure.name, lang),
			say(statusWords[measure.status]),
			say(instrumentWords[measure.instrument]),
			textFor(measure.operator, lang),
			textFor(measure.recipients, lang),
			measure.maxPerProject,
			measure.ownShare,
			[textFor(measure.legalAct, lang), measure.legalArticle].filter(Boolean).join(', '),
			clusters,
			projects.length,
			total,
			textFor(rationale, lang)
		])
	};
	const projects: ReadableSheet = {
		name: say(m.proposals_sheet_projects),
		columns: [
			{ header: say(m.proposals_col_measure), kind: 'text' },
			{ header: say(m.proposals_col_cluster), kind: 'text' },
			{ header: say(m.proposals_col_project), kind: 'text' },
			{ header: say(m.proposals_col_amount), kind: 'number' }
		],
		rows: proposals.flatMap(({ measure, projects: served }) =>
			served.map((project) => [
				textFor(measure.name, lang),
				textFor(project.cluster, lang),
				textFor(project.title, lang),
				project.amount
			])
		)
	};
	return [measures, projects];
}
