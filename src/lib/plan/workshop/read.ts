// Workshops as plain JSON, for pages, exports and tests.
import type * as Y from 'yjs';
import { part, workshopsMap } from './layout';
import { storedDefaultName } from './names';
import type { AgendaStep, Column, Timer, Vote, Workshop } from './types';

function values<T>(workshop: Y.Map<unknown>, name: Parameters<typeof part>[1]): T[] {
	const map = part<T>(workshop, name);
	return map ? [...map.values()] : [];
}

function byOrder<T extends { order: number; id: string }>(list: T[]): T[] {
	return list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function byTime<T extends { id: string }>(list: T[], time: (item: T) => string | number): T[] {
	return list.sort((a, b) => {
		const ta = time(a);
		const tb = time(b);
		return ta < tb ? -1 : ta > tb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
	});
}

// Workshops stored before names had defaults hold none: `defaultName` reads as null.
function named<T extends AgendaStep | Column>(entry: T): T {
	return { ...entry, defaultName: storedDefaultName(entry.defaultName) };
}

/** One vote's map as plain data. */
export function readVote(map: Y.Map<unknown>): Vote {
	const ballots = map.get('ballots') as Y.Map<Record<string, number>>;
	const names = map.get('voterNames') as Y.Map<string>;
	return {
		id: map.get('id') as string,
		title: map.get('title') as string,
		targets: map.get('targets') as Vote['targets'],
		perPerson: map.get('perPerson') as number,
		perItem: map.get('perItem') as number,
		anonymous: map.get('anonymous') as boolean,
		openedAt: map.get('openedAt') as number,
		closesAt: (map.get('closesAt') as number | null) ?? null,
		state: map.get('state') as Vote['state'],
		ballots: Object.fromEntries([...ballots.entries()].map(([key, ballot]) => [key, { ...ballot }])),
		voterNames: Object.fromEntries(names.entries()),
		results: (map.get('results') as Vote['results']) ?? null,
		closedAt: (map.get('closedAt') as number | null) ?? null,
		// Votes closed before closing showed a preview hold neither.
		written: (map.get('written') as Vote['written'] | undefined) ?? null,
		undone: (map.get('undone') as Vote['undone'] | undefined) ?? null
	};
}

export function readWorkshop(workshop: Y.Map<unknown>): Workshop {
	return {
		id: workshop.get('id') as string,
		title: workshop.get('title') as string,
		state: workshop.get('state') as Workshop['state'],
		startedAt: workshop.get('startedAt') as string,
		startedBy: workshop.get('startedBy') as string,
		startedByName: workshop.get('startedByName') as string,
		endedAt: (workshop.get('endedAt') as string | null) ?? null,
		agenda: byOrder(values<AgendaStep>(workshop, 'agenda').map(named)),
		timer: { ...(workshop.get('timer') as Timer) },
		follow: { ...(workshop.get('follow') as Workshop['follow']) },
		columns: byOrder(values<Column>(workshop, 'columns').map(named)),
		groups: byOrder(values(workshop, 'groups')),
		notes: byTime(values(workshop, 'notes'), (note: Workshop['notes'][number]) => note.createdAt),
		votes: byTime(values<Y.Map<unknown>>(workshop, 'votes').map(readVote), (vote) => vote.openedAt),
		attendees: byTime(values(workshop, 'attendees'), (a: Workshop['attendees'][number]) => a.joinedAt),
		decisions: byTime(values(workshop, 'decisions'), (d: Workshop['decisions'][number]) => d.at)
	};
}

/** Every workshop of the plan, newest first. */
export function readWorkshops(doc: Y.Doc): Workshop[] {
	return [...workshopsMap(doc).values()]
		.map(readWorkshop)
		.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
}

/** The workshop that runs now, or null. */
export function runningWorkshop(doc: Y.Doc): Workshop | null {
	return readWorkshops(doc).find((workshop) => workshop.state === 'running') ?? null;
}
