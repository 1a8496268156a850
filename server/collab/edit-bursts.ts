// Gathers each person's edits of a plan into bursts, so the people who watch the plan hear "Juan
// made 50 edits to the map and projects" once, not fifty times. A burst is one person on one plan
// within the clock hour of its first edit; it keeps in memory which items it touched (by the version
// diff's sections, with their names as they were) and tells of them at most every 10 seconds and
// when the room closes, as one gathered entry (notify's key) whose count grows. Comments are not
// edits (the server writes them and tells of them itself).
import { desc, eq } from 'drizzle-orm';
import type * as Y from 'yjs';
import type { Db } from '../../src/lib/server/db';
import type { Touched } from '../../src/lib/plan';
import { itemName } from '../../src/lib/plan/comment-context';
import { items, type Collection } from '../../src/lib/plan/layout';
import type { Localized } from '../../src/lib/plan/localized';
import type { EditedPart } from '../../src/lib/notifications/kinds';
import { notify } from '../../src/lib/server/notifications/notify';
import { allowedTo, clusterPeople, idsOf } from '../../src/lib/server/notifications/audience';
import { watchersOf } from '../../src/lib/server/notifications/watches';
import { planAbout } from '../../src/lib/server/notifications/about';
import { planLink } from '../../src/lib/server/notifications/links';

export const FLUSH_EVERY_MS = 10_000;
/** Names kept per section of a burst: the entry says a few and counts the rest. */
const MOST_NAMES = 10;

/** The version diff's section of each root an editor writes. */
const SECTION_OF: Record<string, string> = {
	nodes: 'map',
	edges: 'map',
	stages: 'map',
	actors: 'map',
	strategy: 'strategy',
	lines: 'strategy',
	objectives: 'strategy',
	actions: 'strategy',
	projects: 'projects',
	funding: 'projects',
	indicators: 'indicators'
};
const SECTIONS = ['map', 'strategy', 'projects', 'indicators'];

type Editor = { id: string; displayName: string };
type Burst = {
	planId: string;
	clusterId: string;
	editor: Editor;
	/** The ISO hour of the first edit: the entry's key. */
	hour: string;
	/** section → item key (root/id) → its name, if it has one. */
	items: Map<string, Map<string, Localized | null>>;
	/** Edits since the last time the burst was told (notify adds them to the entry's count). */
	untold: number;
};

/** An item's name as the diff shows it: an actor's node goes by the actor's name. */
function nameOf(doc: Y.Doc, collection: Collection, id: string): Localized | null {
	const actorId = collection === 'nodes' ? items(doc, 'nodes').get(id)?.get('actorId') : null;
	if (typeof actorId === 'string') return itemName(doc, 'actors', actorId);
	return itemName(doc, collection, id);
}

const hourOf = (at: number) => new Date(at).toISOString().slice(0, 13);

export class EditBursts {
	#bursts = new Map<string, Burst>();
	#timer: ReturnType<typeof setInterval>;
	#flushing: Promise<void> = Promise.resolve();

	constructor(
		private readonly db: Db,
		private readonly now: () => number,
		everyMs = FLUSH_EVERY_MS
	) {
		this.#timer = setInterval(() => void this.flush(), everyMs);
		this.#timer.unref();
	}

	/** An editor's update on a plan was accepted; `touched` is what it changed. */
	edited(planId: string, clusterId: string, doc: Y.Doc, editor: Editor, touched: Touched): void {
		const changed = [...touched.keys()].filter((root) => SECTION_OF[root]);
		if (!changed.length) return;
		const at = this.now();
		const id = `${planId}\u0000${editor.id}`;
		let burst = this.#bursts.get(id);
		if (burst && burst.hour !== hourOf(at)) {
			// A new hour is a new burst: tell what the old one still holds, then start again.
			const old = burst;
			this.#flushing = this.#flushing.then(() => this.#tell([old]));
			burst = undefined;
		}
		if (!burst) {
			burst = { planId, clusterId, editor, hour: hourOf(at), items: new Map(), untold: 0 };
			this.#bursts.set(id, burst);
		}
		burst.untold++;
		for (const root of changed) {
			const section = SECTION_OF[root]!;
			let items = burst.items.get(section);
			if (!items) burst.items.set(section, (items = new Map()));
			for (const key of touched.get(root)!) {
				const itemKey = `${root}/${key ?? ''}`;
				if (items.has(itemKey) && items.get(itemKey)) continue;
				const name = root !== 'strategy' && key ? nameOf(doc, root as Collection, key) : null;
				items.set(itemKey, name);
			}
		}
	}

	/** Tells of every burst with untold edits (all of them, or one plan's when its room closes). */
	flush(planId?: string): Promise<void> {
		const due = [...this.#bursts.values()].filter(
			(burst) => burst.untold > 0 && (planId === undefined || burst.planId === planId)
		);
		// One flush after another, so a burst's count is never told twice.
		this.#flushing = this.#flushing.then(() => this.#tell(due));
		return this.#flushing;
	}

	/** Stops the timer after telling what is left. */
	async close(): Promise<void> {
		clearInterval(this.#timer);
		await this.flush();
	}

	async #tell(bursts: Burst[]): Promise<void> {
		for (const burst of bursts) {
			const count = burst.untold;
			if (count === 0) continue;
			burst.untold = 0;
			try {
				await this.#notify(burst, count);
			} catch (error) {
				console.error(`collab: could not tell of edits to ${burst.planId}`, error);
			}
		}
	}

	async #notify(burst: Burst, count: number): Promise<void> {
		const about = await planAbout(this.db, burst.planId);
		if (!about) return;
		const people = allowedTo(await clusterPeople(this.db, about.clusterId), 'plan.view', about.clusterId);
		const itemIds = [...burst.items.values()].flatMap((items) =>
			[...items.keys()].map((key) => key.slice(key.indexOf('/') + 1)).filter(Boolean)
		);
		const watchers = await watchersOf(this.db, people, about.clusterId, burst.planId, itemIds);
		await notify(
			this.db,
			{
				kind: 'plan_edited',
				actor: { id: burst.editor.id, name: burst.editor.displayName },
				clusterId: about.clusterId,
				planId: burst.planId,
				link: await this.#liveDiffLink(about.clusterId, burst.planId),
				key: `edit:${burst.planId}:${burst.editor.id}:${burst.hour}`,
				gather: { count },
				detail: { cluster: about.cluster, plan: about.plan, edits: editedParts(burst) }
			},
			idsOf(watchers),
			this.now()
		);
	}

	/** The plan's latest version compared with the live plan (the plan's versions, if it has none). */
	async #liveDiffLink(clusterId: string, planId: string): Promise<string> {
		const { planVersions } = this.db.tables;
		const [latest] = await this.db
			.select({ number: planVersions.number })
			.from(planVersions)
			.where(eq(planVersions.planId, planId))
			.orderBy(desc(planVersions.number))
			.limit(1);
		const versions = planLink(clusterId, planId, 'versions');
		return latest ? `${versions}/${latest.number}/diff/live` : versions;
	}
}

/** What a burst changed, by section in the diff's order, with the names of the items it touched. */
export function editedParts(burst: Pick<Burst, 'items'>): EditedPart[] {
	return SECTIONS.filter((section) => burst.items.has(section)).map((section) => {
		const items = burst.items.get(section)!;
		const names = [...items.values()].filter((name): name is Localized => name !== null);
		return { collection: section, count: items.size, names: names.slice(0, MOST_NAMES) };
	});
}
