// The workshop summary export against the real server on the demo data: a facilitator runs a
// workshop through the door (`POST /api/plans/<id>/workshop`) with a member on a real y-websocket
// connection, then the summary is downloaded as Markdown in the reader's language and as JSON, and
// it holds who came, what was written, how the votes went and what was decided.
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkshops } from '../../../src/lib/plan/workshop';
import { synced, waitFor } from '../collab/harness';
import { demoServer, eventually, type DemoUser } from '../versions/demo-server';

const FLOUR = 'flour-kostanay';
const FURNITURE = 'furniture-almaty';
const summaryPath = (plan: string, workshop: string, format?: string) =>
	`/api/plans/${plan}/workshops/${workshop}/summary${format ? `?format=${format}` : ''}`;

type Result = {
	key: string;
	dots: number;
	voters: number;
	priority: number;
	rank: number;
	voterNames: string[];
	item: { label: { en: string } };
};
type Vote = {
	title: string;
	anonymous: boolean;
	perPerson: number;
	perItem: number;
	minutes: number | null;
	voters: number;
	results: Result[];
	written: { key: string; before: number | null; after: number }[] | null;
};
type Summary = {
	title: string;
	startedAt: string;
	endedAt: string | null;
	facilitator: string;
	agenda: { title: string; minutes: number; page: string }[];
	attendees: { name: string; role: string }[];
	columns: {
		title: string;
		defaultName: string | null;
		name: { ru: string; kk: string; en: string };
		notes: { text: string; authorName: string; votes: number | null }[];
	}[];
	votes: Vote[];
	decisions: { text: string; kind: string; byName: string }[];
};

/** One section of a Markdown document: its heading line down to the next heading of its level or above. */
function section(markdown: string, heading: string): string {
	const lines = markdown.split('\n');
	const start = lines.indexOf(heading);
	if (start < 0) throw new Error(`no section "${heading}" in:\n${markdown}`);
	const level = heading.indexOf(' ');
	const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && line.indexOf(' ') <= level);
	return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe('the workshop summary export', () => {
	const suite = demoServer();

	/** One operation through the door as `who`; fails the test unless it is taken. */
	async function op(who: DemoUser, body: Record<string, unknown>): Promise<Record<string, unknown>> {
		const res = await suite.post(`/api/plans/${FLOUR}/workshop`, await suite.token(who), body);
		expect(res.status, `${String(body.op)}: ${JSON.stringify(res.body)}`).toBe(200);
		return res.body.result as Record<string, unknown>;
	}

	/** GET a summary as `who` (signed out for null) in `locale`: status, headers and text. */
	async function download(path: string, who: DemoUser | null, locale = 'en') {
		const cookie = [`PARAGLIDE_LOCALE=${locale}`, ...(who ? [`session=${await suite.token(who)}`] : [])];
		const res = await fetch(`${suite.server.origin}${path}`, { headers: { cookie: cookie.join('; ') } });
		return {
			status: res.status,
			type: res.headers.get('content-type'),
			disposition: res.headers.get('content-disposition'),
			text: await res.text()
		};
	}

	async function summaryOf(plan: string, workshop: string, who: DemoUser = 'demo-facilitator') {
		const res = await download(summaryPath(plan, workshop, 'json'), who);
		expect(res.status, res.text).toBe(200);
		return JSON.parse(res.text) as Summary;
	}

	let workshopId = '';

	// The run: SWOT notes by the member (Russian and English) and the facilitator, a named vote over
	// two projects, an anonymous vote over notes, a decision, and the end.
	beforeAll(async () => {
		workshopId = (
			await op('demo-facilitator', {
				op: 'start',
				title: 'Flour strategy session',
				agenda: [
					{ title: 'SWOT of the cluster', minutes: 30, page: 'board' },
					{ title: 'Which projects first', minutes: 20, page: 'projects' }
				],
				columns: [{ title: 'Strengths' }, { title: 'Weaknesses' }]
			})
		).workshopId as string;
		// Opening the plan while the workshop runs is what makes the member an attendee; the member's
		// own copy of the document also names the board's columns.
		const member = await suite.connect(FLOUR, 'demo-member');
		await synced(member);
		await waitFor(
			() => readWorkshops(member.doc)[0]?.attendees.some((a) => a.name === 'Bolat Member') === true,
			'the member to be recorded as attending'
		);
		const [strengths, weaknesses] = readWorkshops(member.doc)[0]!.columns.map((c) => c.id);

		const flour = await op('demo-member', {
			op: 'addNote',
			columnId: strengths,
			text: 'Зерно высокого качества'
		});
		await op('demo-member', { op: 'addNote', columnId: strengths, text: 'Mills close to the railway' });
		await op('demo-facilitator', { op: 'addNote', columnId: weaknesses, text: 'No shared laboratory' });

		const { voteId } = await op('demo-facilitator', {
			op: 'openVote',
			title: 'Which projects first?',
			targets: [
				{ kind: 'project', id: 'p-lab' },
				{ kind: 'project', id: 'p-exportoffice' }
			],
			perPerson: 3,
			perItem: 2,
			anonymous: false,
			minutes: 10
		});
		for (const [who, item] of [
			['demo-member', 'project:p-exportoffice'],
			['demo-member', 'project:p-exportoffice'],
			['demo-member', 'project:p-lab'],
			['demo-facilitator', 'project:p-exportoffice']
		] as const)
			await op(who, { op: 'vote', voteId, item, delta: 1 });
		// Both projects got votes: the facilitator writes both priorities.
		await op('demo-facilitator', {
			op: 'closeVote',
			voteId,
			apply: { 'project:p-exportoffice': 10, 'project:p-lab': 3 }
		});

		const secret = await op('demo-facilitator', {
			op: 'openVote',
			title: 'Which strength matters most?',
			targets: [{ kind: 'note', id: flour.noteId }],
			perPerson: 1,
			anonymous: true,
			minutes: null
		});
		await op('demo-member', {
			op: 'vote',
			voteId: secret.voteId,
			item: `note:${String(flour.noteId)}`,
			delta: 1
		});
		await op('demo-facilitator', { op: 'closeVote', voteId: secret.voteId, apply: {} });

		await op('demo-facilitator', { op: 'decide', text: 'Apply for the laboratory grant by June' });
		await op('demo-facilitator', { op: 'end' });
	});

	it('gives the summary as JSON, downloaded as workshop-<date>-<title>.json', async () => {
		const res = await download(summaryPath(FLOUR, workshopId, 'json'), 'demo-member');
		expect(res.status).toBe(200);
		expect(res.type).toMatch(/^application\/json/);
		const summary = JSON.parse(res.text) as Summary;
		expect(res.disposition).toBe(
			`attachment; filename="workshop-${summary.startedAt.slice(0, 10)}-flour-strategy-session.json"`
		);
		expect(summary).toMatchObject({
			title: 'Flour strategy session',
			facilitator: 'Juan Facilitator (Infyde)',
			agenda: [
				{ title: 'SWOT of the cluster', minutes: 30, page: 'board' },
				{ title: 'Which projects first', minutes: 20, page: 'projects' }
			]
		});
		expect(summary.endedAt).not.toBeNull();
		expect(summary.attendees.map((a) => [a.name, a.role])).toEqual([
			['Juan Facilitator (Infyde)', 'facilitator'],
			['Bolat Member', 'member']
		]);
		expect(summary.columns).toMatchObject([
			{
				title: 'Strengths',
				notes: [
					{ text: 'Зерно высокого качества', authorName: 'Bolat Member', votes: 1 },
					{ text: 'Mills close to the railway', authorName: 'Bolat Member', votes: null }
				]
			},
			{
				title: 'Weaknesses',
				notes: [{ text: 'No shared laboratory', authorName: 'Juan Facilitator (Infyde)' }]
			}
		]);
	});

	it('counts the votes: dots, voters and the priority written, names only when not anonymous', async () => {
		const [named, anonymous] = (await summaryOf(FLOUR, workshopId, 'demo-reviewer')).votes;
		expect(named).toMatchObject({ perPerson: 3, perItem: 2, anonymous: false, minutes: 10, voters: 2 });
		expect(named!.written).toMatchObject([
			{ key: 'project:p-exportoffice', before: 8, after: 10 },
			{ key: 'project:p-lab', before: 9, after: 3 }
		]);
		expect(named!.results.map((r) => [r.key, r.dots, r.voters, r.priority, r.rank])).toEqual([
			['project:p-exportoffice', 3, 2, 10, 1],
			['project:p-lab', 1, 1, 3, 2]
		]);
		expect([...named!.results[0]!.voterNames].sort()).toEqual(['Bolat Member', 'Juan Facilitator (Infyde)']);
		expect(named!.results[1]!.voterNames).toEqual(['Bolat Member']);
		// The priority the summary reports is the one the plan now holds.
		const plan = await suite.get(`/api/plans/${FLOUR}`, await suite.token('demo-member'));
		const priority = (id: string) =>
			(plan.body.projects as { id: string; priority: number }[]).find((p) => p.id === id)!.priority;
		expect([priority('p-exportoffice'), priority('p-lab')]).toEqual([10, 3]);

		expect(anonymous).toMatchObject({ anonymous: true, minutes: null, voters: 1 });
		expect(anonymous!.results).toMatchObject([{ dots: 1, voters: 1, voterNames: [] }]);
	});

	it('lists the decisions: the closed votes and the one the facilitator wrote', async () => {
		const { decisions } = await summaryOf(FLOUR, workshopId);
		expect(decisions.map((d) => [d.kind, d.text, d.byName])).toEqual([
			['vote', 'Which projects first?', 'Juan Facilitator (Infyde)'],
			['vote', 'Which strength matters most?', 'Juan Facilitator (Infyde)'],
			['manual', 'Apply for the laboratory grant by June', 'Juan Facilitator (Infyde)']
		]);
	});

	it('writes the summary as Markdown in the reader’s language', async () => {
		const res = await download(summaryPath(FLOUR, workshopId, 'md'), 'demo-coordinator');
		expect(res.status).toBe(200);
		expect(res.type).toBe('text/markdown; charset=utf-8');
		expect(res.disposition).toMatch(
			/^attachment; filename="workshop-\d{4}-\d{2}-\d{2}-flour-strategy-session\.md"$/
		);
		const md = res.text;
		expect(md.startsWith('# Flour strategy session\n\n*Workshop summary*\n')).toBe(true);
		expect(md).toContain('- **Plan:** Strategic development plan 2019–2025');
		expect(md).toContain('- **Cluster:** Flour cluster of Kostanay region');
		expect(md).toContain('- **Facilitator:** Juan Facilitator (Infyde)');
		expect(section(md, '## Agenda')).toContain('1. SWOT of the cluster — 30 min (workshop board)');
		expect(section(md, '## Agenda')).toContain('2. Which projects first — 20 min (projects)');

		const attendees = section(md, '## Attendees (2)');
		expect(attendees).toContain('| Juan Facilitator (Infyde) | Facilitator |');
		expect(attendees).toContain('| Bolat Member | Member |');

		const strengths = section(md, '### Strengths');
		expect(strengths).toContain('- Зерно высокого качества — *Bolat Member* · votes: 1');
		expect(strengths).toContain('- Mills close to the railway — *Bolat Member*');
		expect(section(md, '### Weaknesses')).toContain('- No shared laboratory — *Juan Facilitator (Infyde)*');

		const named = section(md, '### Which projects first?');
		expect(named).toContain('- Votes per person: 3');
		expect(named).toContain('- At most on one item: 2');
		expect(named).toContain('- Named: the voters are listed with the results');
		expect(named).toContain('- Time limit: 10 min');
		expect(named).toMatch(
			/\| 1 \| project P\d+: Joint export office \| ●●● 3 \| 2: [^|]*Bolat Member[^|]* \| 10 \(was 8\) \|/
		);
		expect(named).toMatch(
			/\| 2 \| project P\d+: Shared grain and flour quality laboratory \| ● 1 \| 1: Bolat Member \| 3 \(was 9\) \|/
		);

		const anonymous = section(md, '### Which strength matters most?');
		expect(anonymous).toContain('- Anonymous: no names are kept with the votes');
		expect(anonymous).toContain('- No time limit');
		expect(anonymous).toContain('| 1 | note: Зерно высокого качества | ● 1 | 1 | — |');
		expect(anonymous).not.toContain('Bolat Member');

		const decisions = section(md, '## Decisions');
		expect(decisions).toContain('1. Which projects first? — *vote closed*, Juan Facilitator (Infyde), ');
		expect(decisions).toContain(
			'3. Apply for the laboratory grant by June — *decision*, Juan Facilitator (Infyde), '
		);

		const ru = await download(summaryPath(FLOUR, workshopId, 'md'), 'demo-member', 'ru');
		expect(ru.status).toBe(200);
		expect(ru.text).toContain('*Итоги семинара*');
		expect(ru.text).toContain('- **Фасилитатор:** Juan Facilitator (Infyde)');
		expect(section(ru.text, '## Участники (2)')).toContain('| Bolat Member | Участник |');
		expect(section(ru.text, '### Which projects first?')).toContain('- Голосов на человека: 3');
		const kk = await download(summaryPath(FLOUR, workshopId), 'demo-member', 'kk');
		expect(kk.text).toContain('*Семинар қорытындысы*');
	});

	it('names the default columns in the reader’s language, in Markdown, and in all three in JSON', async () => {
		// Started as before default names were kept (titles only): "Strengths" is read as the default.
		const ru = (await download(summaryPath(FLOUR, workshopId, 'md'), 'demo-member', 'ru')).text;
		expect(section(ru, '### Сильные стороны')).toContain('- Зерно высокого качества — *Bolat Member*');
		expect(ru).toContain('### Слабые стороны');
		expect(ru).not.toContain('### Strengths');
		const kk = (await download(summaryPath(FLOUR, workshopId, 'md'), 'demo-member', 'kk')).text;
		expect(kk).toContain('### Күшті жақтары');
		const { columns } = await summaryOf(FLOUR, workshopId);
		expect(columns.map((c) => [c.title, c.defaultName, c.name])).toEqual([
			['Strengths', null, { ru: 'Сильные стороны', kk: 'Күшті жақтары', en: 'Strengths' }],
			['Weaknesses', null, { ru: 'Слабые стороны', kk: 'Әлсіз жақтары', en: 'Weaknesses' }]
		]);
		// The typed agenda steps stay as typed in every language.
		const { agenda } = (await summaryOf(FLOUR, workshopId)) as unknown as {
			agenda: { name: { ru: string } }[];
		};
		expect(agenda[0]!.name.ru).toBe('SWOT of the cluster');
	});

	it('refuses people who may not see the plan, unknown workshops and unknown formats', async () => {
		const md = summaryPath(FLOUR, workshopId, 'md');
		expect((await download(md, null)).status).toBe(401);
		// demo-member works on the flour and milk plans only.
		const furniture = (await summaryOf(FURNITURE, await demoWorkshopId(), 'demo-reviewer')).title;
		expect(furniture).toBe('Strategy workshop');
		expect((await download(summaryPath(FURNITURE, await demoWorkshopId(), 'md'), 'demo-member')).status).toBe(
			404
		);
		// A workshop of another plan is not found on this one, even for a reviewer who sees both.
		expect((await download(summaryPath(FURNITURE, workshopId, 'json'), 'demo-reviewer')).status).toBe(404);

		const unknown = await download(summaryPath(FLOUR, 'no-such-workshop', 'json'), 'demo-facilitator');
		expect(unknown.status).toBe(404);
		expect(JSON.parse(unknown.text)).toMatchObject({ code: 'not_found' });
		const badFormat = await download(summaryPath(FLOUR, workshopId, 'pdf'), 'demo-facilitator');
		expect(badFormat.status).toBe(400);
		expect(JSON.parse(badFormat.text)).toMatchObject({ code: 'invalid_format' });
	});

	let demoId = '';
	/** The id of the demo's furniture workshop, read from an admin's live copy of the plan. */
	async function demoWorkshopId(): Promise<string> {
		if (demoId) return demoId;
		const admin = await suite.connect(FURNITURE, 'demo-admin');
		await synced(admin);
		demoId = await eventually(async () => readWorkshops(admin.doc)[0]?.id, 'the demo workshop');
		return demoId;
	}

	it('shows the demo’s furniture workshop: the SWOT board, the vote that set the priorities and the decisions', async () => {
		const id = await demoWorkshopId();
		const summary = await summaryOf(FURNITURE, id, 'demo-reviewer');
		expect(summary).toMatchObject({ title: 'Strategy workshop', facilitator: 'Juan Facilitator (Infyde)' });
		expect(summary.endedAt).not.toBeNull();
		expect(summary.attendees).toHaveLength(9);
		expect(summary.columns.map((c) => c.title)).toEqual([
			'Strengths',
			'Weaknesses',
			'Opportunities',
			'Threats'
		]);
		const texts = summary.columns.flatMap((c) => c.notes.map((n) => n.text));
		expect(texts.some((t) => /[а-я]/.test(t)) && texts.some((t) => /^[A-Z][a-z ]+/.test(t))).toBe(true);
		const [vote] = summary.votes;
		expect(vote!.results.map((r) => [r.item.label.en, r.dots, r.priority])).toEqual([
			['Shared panel cutting and edging centre', 10, 10],
			['Joint purchasing pool', 8, 8],
			['Almaty design collection', 7, 7],
			['Joint showroom "Made in Almaty"', 7, 7],
			['Export to Central Asia', 5, 5]
		]);
		expect(summary.decisions.map((d) => d.kind)).toEqual(['vote', 'manual', 'manual']);
		const md = await download(summaryPath(FURNITURE, id), 'demo-reviewer', 'ru');
		expect(md.status).toBe(200);
		expect(md.text).toContain('#### Группа: Buying boards and fittings');
		// The demo's SWOT columns are default names: a Russian reader reads them in Russian.
		expect(md.text).toContain('### Слабые стороны');
		expect(summary.columns.map((c) => c.defaultName)).toEqual([
			'swot.strengths',
			'swot.weaknesses',
			'swot.opportunities',
			'swot.threats'
		]);
	});
});
