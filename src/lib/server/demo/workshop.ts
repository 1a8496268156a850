// The furniture cluster's strategy workshop of March 2023, so the workshop page's past workshops and
// the summary export have something to show on first start: a SWOT board written in Russian and
// English, a dot vote over the projects whose results became their priorities, and two decisions.
// It is run through the same workshop operations the server's door applies, at the times it took.
import * as Y from 'yjs';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { snapshot } from '../../plan';
import {
	applyOf,
	applyWorkshopOp,
	closingPreview,
	priorityLookup,
	readWorkshops,
	suggestedKeys,
	recordAttendee,
	type OpContext,
	type Participant,
	type WorkshopOp
} from '../../plan/workshop';
import { documentStore, loadPlanDocument } from '../plans/document';

const PLAN = 'furniture-almaty';
/** 14 March 2023, 10:00 in Almaty (UTC+6 then). */
const START = Date.UTC(2023, 2, 14, 4, 0);
const minute = 60_000;

/** Cluster members who came; `demo-facilitator` ran it. Their ids are not accounts of the demo. */
const members: Participant[] = (
	[
		['erlan', 'Ерлан Сейтказиев'],
		['anna', 'Анна Ким'],
		['dmitry', 'Dmitry Volkov'],
		['gulnara', 'Гульнара Ахметова'],
		['timur', 'Timur Bekov'],
		['aigul', 'Айгуль Жумабаева'],
		['sergey', 'Sergey Lee'],
		['madina', 'Мадина Оспанова']
	] as const
).map(([key, name]) => ({ id: `demo-furniture-${key}`, username: `furniture-${key}`, name, role: 'member' }));

const byKey = (key: string) => members.find((member) => member.username === `furniture-${key}`)!;

/** [column, author, text]: the SWOT board. */
const notes: [number, string, string][] = [
	[0, 'erlan', 'Мастера с двадцатилетним опытом корпусной мебели'],
	[0, 'dmitry', 'Short delivery times: 2–3 weeks against 2 months for imports'],
	[0, 'anna', 'Designers from the Almaty college already work with three members'],
	[1, 'gulnara', 'Плиту и фурнитуру покупаем поштучно, на 15–20 % дороже импортёров'],
	[1, 'erlan', 'Fittings distributors give discounts only from a full container'],
	[1, 'timur', 'No shared CNC cutting: small workshops still cut panels by hand'],
	[1, 'aigul', 'Нет общего стандарта качества, покупатели не доверяют местной мебели'],
	[2, 'sergey', 'School furniture procurement favours domestic makers'],
	[2, 'dmitry', 'Export to Kyrgyzstan and Uzbekistan within the EAEU'],
	[2, 'anna', 'Онлайн-маркетплейсы растут, местным брендам нужна общая витрина'],
	[3, 'timur', 'Cheap imports from China and Russia'],
	[3, 'madina', 'Курс тенге: импортная плита дорожает каждый квартал'],
	[3, 'sergey', 'Young workers leave for construction sites']
];

/** Each member's dots (at most 2 an item, 5 each): 10, 8, 7, 7 and 5 in all, the priorities written. */
const ballots: [string, Record<string, number>][] = [
	['erlan', { servicecentre: 2, purchasing: 2, collection: 1 }],
	['anna', { servicecentre: 2, purchasing: 1, showroom: 2 }],
	['dmitry', { servicecentre: 2, collection: 2, export: 1 }],
	['gulnara', { servicecentre: 2, purchasing: 2, showroom: 1 }],
	['timur', { servicecentre: 2, showroom: 2, export: 1 }],
	['aigul', { purchasing: 2, collection: 2, export: 1 }],
	['sergey', { purchasing: 1, collection: 2, showroom: 2 }],
	['madina', { export: 2 }]
];

async function facilitator(db: Db): Promise<Participant | null> {
	const { users } = db.tables;
	const [user] = await db.select().from(users).where(eq(users.username, 'demo-facilitator')).limit(1);
	return user ? { id: user.id, username: user.username, name: user.displayName, role: 'facilitator' } : null;
}

function runWorkshop(doc: Y.Doc, lead: Participant): void {
	const op = (name: WorkshopOp, args: Record<string, unknown>, at: number, by = lead) => {
		const ctx: OpContext = { by, now: START + at * minute, moderator: by === lead, anonymousKey: (id) => id };
		return applyWorkshopOp(doc, name, args, ctx);
	};
	op(
		'start',
		{
			title: 'Strategy workshop',
			agenda: [
				{ title: 'Where the cluster stands: the value chain', minutes: 20, page: 'map' },
				{ title: 'SWOT of the cluster', minutes: 40, page: 'board' },
				{ title: 'Which projects come first', minutes: 25, page: 'projects' },
				{ title: 'Decisions and next steps', minutes: 15, page: 'board' }
			],
			// The SWOT preset: default names, shown in each reader's language.
			columns: [
				{ title: 'Strengths', defaultName: 'swot.strengths' },
				{ title: 'Weaknesses', defaultName: 'swot.weaknesses' },
				{ title: 'Opportunities', defaultName: 'swot.opportunities' },
				{ title: 'Threats', defaultName: 'swot.threats' }
			]
		},
		0
	);
	members.forEach((member, index) => recordAttendee(doc, member, START + (1 + index) * 30_000));
	const { agenda, columns: board } = readWorkshops(doc)[0]!;
	const steps = agenda.map((step) => step.id);
	const columns = board.map((column) => column.id);

	op('step', { stepId: steps[0] }, 5);
	op('step', { stepId: steps[1] }, 26);
	const noteIds = notes.map(
		([column, author, text], index) =>
			op('addNote', { columnId: columns[column], text }, 30 + index * 2, byKey(author)).noteId as string
	);
	op('group', { noteIds: [noteIds[3], noteIds[4]], title: 'Buying boards and fittings' }, 60);

	op('step', { stepId: steps[2] }, 68);
	const projects = ['servicecentre', 'purchasing', 'collection', 'showroom', 'export'];
	const { voteId } = op(
		'openVote',
		{
			title: 'Which projects matter most for 2023–2025?',
			targets: projects.map((key) => ({ kind: 'project', id: `p-${key}` })),
			perPerson: 5,
			perItem: 2,
			anonymous: false,
			minutes: 10
		},
		72
	);
	ballots.forEach(([voter, dots], index) => {
		for (const [project, count] of Object.entries(dots))
			for (let dot = 0; dot < count; dot++)
				op('vote', { voteId, item: `project:p-${project}`, delta: 1 }, 73 + index, byKey(voter));
	});
	// The facilitator wrote the priorities the preview suggested: every project got dots.
	const vote = readWorkshops(doc)[0]!.votes.find((entry) => entry.id === voteId)!;
	const rows = closingPreview(vote, priorityLookup(snapshot(doc)));
	op('closeVote', { voteId, apply: applyOf(rows, suggestedKeys(rows)) }, 83);

	op('step', { stepId: steps[3] }, 93);
	op(
		'decide',
		{ text: 'The shared cutting centre goes first: apply to DAMU for the loan guarantee by May 2023.' },
		97
	);
	op(
		'decide',
		{
			text: 'Закупочная группа (Ерлан Сейтказиев, Гульнара Ахметова) готовит общий договор на плиту к июню.'
		},
		102
	);
	op('end', {}, 110);
}

/** Runs the demo workshop on the furniture plan's stored document; nothing when the plan or facilitator is missing. */
export async function seedDemoWorkshop(db: Db): Promise<void> {
	const lead = await facilitator(db);
	const doc = await loadPlanDocument(db, PLAN);
	try {
		if (!lead || doc.getMap('meta').get('schemaVersion') === undefined) return;
		const updates: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => updates.push(update));
		runWorkshop(doc, lead);
		await documentStore(db).append([{ planId: PLAN, update: Y.mergeUpdates(updates) }]);
	} finally {
		doc.destroy();
	}
}
