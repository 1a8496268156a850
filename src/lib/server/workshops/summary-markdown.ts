// A workshop's summary as a Markdown document people can keep with the plan, mail or paste into a
// report: what it was, who came, what they wrote, how the votes went and what was decided. Pure:
// the words and date formats come in `labels`, so the same summary reads in any of the languages.
import { textIn, type Lang, type Localized } from '../../plan';
import type { SummaryItem, SummaryNote, WorkshopSummary } from '../../plan/workshop';

export type SummaryLabels = {
	lang: Lang;
	kind: string;
	plan: string;
	cluster: string;
	date: string;
	duration: string;
	facilitator: string;
	stillRunning: string;
	minutes: (minutes: number) => string;
	agenda: string;
	agendaTotal: (minutes: number) => string;
	agendaEmpty: string;
	page: (page: string) => string;
	attendees: (count: number) => string;
	attendeesEmpty: string;
	name: string;
	role: string;
	roleName: (role: string) => string;
	notes: string;
	notesEmpty: string;
	columnEmpty: string;
	columnLine: (line: string) => string;
	group: (title: string) => string;
	became: (item: string) => string;
	dots: (count: number) => string;
	/** What a collection's item is called: `projects` → "project". */
	itemKind: (collection: string) => string;
	itemRemoved: string;
	votes: string;
	votesEmpty: string;
	perPerson: (count: number) => string;
	perItem: (count: number) => string;
	anonymous: string;
	named: string;
	timeLimit: (minutes: number) => string;
	noTimeLimit: string;
	voters: (count: number) => string;
	voteOpen: string;
	/** A priority closing wrote, with the one it replaced (null: none). */
	priorityWritten: (after: number, before: number | null) => string;
	/** The priority the votes gave an item the facilitator did not write. */
	priorityNotWritten: (priority: number) => string;
	/** A priority written and then taken back. */
	priorityUndone: (priority: number) => string;
	columns: { rank: string; item: string; dots: string; voters: string; priority: string };
	decisions: string;
	decisionsEmpty: string;
	decisionBy: (name: string, time: string) => string;
	decisionKind: (kind: string) => string;
	/** ISO time → the day ("14 March 2023"). */
	day: (iso: string) => string;
	/** ISO time → the time of day ("10:00"). */
	time: (iso: string) => string;
	/** ISO time → the time of day with its zone ("12:40 UTC+5"). */
	timeWithZone: (iso: string) => string;
	/** ISO time → day and time, for decisions. */
	moment: (iso: string) => string;
};

/** What the summary does not hold itself. */
export type SummaryFacts = { clusterName: Localized };

/** More dots than this are drawn as a bar this long followed by an ellipsis. */
const MAX_DRAWN_DOTS = 40;

/** Text people wrote, safe inside one Markdown line or table cell. */
function inline(text: string): string {
	return text
		.replace(/\s*[\r\n]+\s*/g, ' ')
		.replace(/[\\`*_[\]<>|#~]/g, (char) => `\\${char}`)
		.trim();
}

function itemText(item: SummaryItem, labels: SummaryLabels): string {
	const collection = item.key.slice(0, item.key.indexOf(':'));
	const kind = labels.itemKind(collection);
	const label = inline(textIn(item.label, labels.lang).text);
	const named = item.number ? `${kind} ${item.number}: ${label}` : `${kind}: ${label}`;
	return item.exists ? named : `${named} (${labels.itemRemoved})`;
}

function header(summary: WorkshopSummary, facts: SummaryFacts, labels: SummaryLabels): string[] {
	const end = summary.endedAt;
	const when = end
		? `${labels.day(summary.startedAt)}, ${labels.time(summary.startedAt)}–${labels.timeWithZone(end)}`
		: `${labels.day(summary.startedAt)}, ${labels.timeWithZone(summary.startedAt)}`;
	const duration = summary.minutes === null ? labels.stillRunning : labels.minutes(summary.minutes);
	return [
		`# ${inline(summary.title)}`,
		'',
		`*${labels.kind}*`,
		'',
		`- **${labels.plan}:** ${inline(textIn(summary.planTitle, labels.lang).text)}`,
		`- **${labels.cluster}:** ${inline(textIn(facts.clusterName, labels.lang).text)}`,
		`- **${labels.date}:** ${when}`,
		`- **${labels.duration}:** ${duration}`,
		`- **${labels.facilitator}:** ${inline(summary.facilitator)}`
	];
}

function agenda(summary: WorkshopSummary, labels: SummaryLabels): string[] {
	if (summary.agenda.length === 0) return [`## ${labels.agenda}`, '', labels.agendaEmpty];
	const total = summary.agenda.reduce((sum, step) => sum + step.minutes, 0);
	return [
		`## ${labels.agenda}`,
		'',
		...summary.agenda.map(
			(step, index) =>
				`${index + 1}. ${inline(textIn(step.name, labels.lang).text)} — ${labels.minutes(step.minutes)} (${labels.page(step.page)})`
		),
		'',
		labels.agendaTotal(total)
	];
}

function attendees(summary: WorkshopSummary, labels: SummaryLabels): string[] {
	const heading = `## ${labels.attendees(summary.attendees.length)}`;
	if (summary.attendees.length === 0) return [heading, '', labels.attendeesEmpty];
	return [
		heading,
		'',
		`| ${labels.name} | ${labels.role} |`,
		'| --- | --- |',
		...summary.attendees.map((a) => `| ${inline(a.name)} | ${inline(labels.roleName(a.role))} |`)
	];
}

function noteLine(note: SummaryNote, labels: SummaryLabels): string {
	const parts = [`${inline(note.text)} — *${inline(note.authorName)}*`];
	if (note.votes !== null) parts.push(labels.dots(note.votes));
	if (note.link) parts.push(labels.became(itemText(note.link, labels)));
	return `- ${parts.join(' · ')}`;
}

function notes(summary: WorkshopSummary, labels: SummaryLabels): string[] {
	const lines = [`## ${labels.notes}`];
	const written = summary.columns.some((c) => c.notes.length > 0 || c.groups.some((g) => g.notes.length > 0));
	if (!written) return [...lines, '', labels.notesEmpty];
	for (const column of summary.columns) {
		lines.push('', `### ${inline(textIn(column.name, labels.lang).text)}`);
		if (column.line) lines.push('', labels.columnLine(itemText(column.line, labels)));
		if (column.notes.length === 0 && column.groups.length === 0) lines.push('', labels.columnEmpty);
		// Loose notes first: after a group's heading, a list would read as part of that group.
		if (column.notes.length > 0) lines.push('', ...column.notes.map((note) => noteLine(note, labels)));
		for (const group of column.groups) {
			const became = group.link ? ` — ${labels.became(itemText(group.link, labels))}` : '';
			lines.push('', `#### ${labels.group(inline(group.title))}${became}`, '');
			lines.push(...group.notes.map((note) => noteLine(note, labels)));
		}
	}
	return lines;
}

function drawnDots(dots: number): string {
	const drawn = '●'.repeat(Math.min(dots, MAX_DRAWN_DOTS)) + (dots > MAX_DRAWN_DOTS ? '…' : '');
	return drawn ? `${drawn} ${dots}` : `${dots}`;
}

type SummaryVote = WorkshopSummary['votes'][number];

/** What closing did to an item's priority: written (over what), not written, or written and undone. */
function priorityCell(entry: SummaryVote, result: SummaryVote['results'][number], labels: SummaryLabels) {
	// A note has no priority; a vote closed before closing asked wrote every other item's.
	if (result.target.kind === 'note') return '—';
	if (entry.written === null) return `${result.priority}`;
	const write = entry.written.find((w) => w.key === result.key);
	if (!write) return labels.priorityNotWritten(result.priority);
	if (entry.undone?.restored.includes(write.key)) return labels.priorityUndone(write.after);
	return labels.priorityWritten(write.after, write.before);
}

function vote(entry: SummaryVote, labels: SummaryLabels): string[] {
	const lines = [
		`### ${inline(entry.title)}`,
		'',
		`- ${labels.perPerson(entry.perPerson)}`,
		`- ${labels.perItem(entry.perItem)}`,
		`- ${entry.anonymous ? labels.anonymous : labels.named}`,
		`- ${entry.minutes === null ? labels.noTimeLimit : labels.timeLimit(entry.minutes)}`,
		`- ${labels.voters(entry.voters)}`
	];
	if (entry.state === 'open') return [...lines, '', labels.voteOpen];
	const c = labels.columns;
	lines.push('', `| ${c.rank} | ${c.item} | ${c.dots} | ${c.voters} | ${c.priority} |`);
	lines.push('| ---: | --- | --- | --- | ---: |');
	for (const result of entry.results) {
		const names =
			entry.anonymous || result.voterNames.length === 0
				? ''
				: `: ${result.voterNames.map(inline).join(', ')}`;
		const priority = priorityCell(entry, result, labels);
		lines.push(
			`| ${result.rank} | ${itemText(result.item, labels)} | ${drawnDots(result.dots)} | ${result.voters}${names} | ${priority} |`
		);
	}
	return lines;
}

function votes(summary: WorkshopSummary, labels: SummaryLabels): string[] {
	if (summary.votes.length === 0) return [`## ${labels.votes}`, '', labels.votesEmpty];
	return [`## ${labels.votes}`, ...summary.votes.flatMap((entry) => ['', ...vote(entry, labels)])];
}

function decisions(summary: WorkshopSummary, labels: SummaryLabels): string[] {
	if (summary.decisions.length === 0) return [`## ${labels.decisions}`, '', labels.decisionsEmpty];
	return [
		`## ${labels.decisions}`,
		'',
		...summary.decisions.map((decision, index) => {
			const about = decision.item ? ` → ${itemText(decision.item, labels)}` : '';
			const by = labels.decisionBy(inline(decision.byName), labels.moment(decision.at));
			return `${index + 1}. ${inline(decision.text)}${about} — *${labels.decisionKind(decision.kind)}*, ${by}`;
		})
	];
}

/** The summary as one Markdown document, ending with a newline. */
export function summaryMarkdown(
	summary: WorkshopSummary,
	facts: SummaryFacts,
	labels: SummaryLabels
): string {
	const sections = [
		header(summary, facts, labels),
		agenda(summary, labels),
		attendees(summary, labels),
		notes(summary, labels),
		votes(summary, labels),
		decisions(summary, labels)
	];
	return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
