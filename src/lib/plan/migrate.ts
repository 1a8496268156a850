// Brings documents written by older code to the current layout. Each step is deterministic (ids are
// derived from the old data, never random) so that two peers migrating the same old document at the
// same time write the same items under the same keys, and the merge converges.
import * as Y from 'yjs';
import { PlanError } from './errors';
import { SCHEMA_VERSION, collectionOf, items, makeItem, metaMap, strategyMap, type Item } from './layout';
import { langKey } from './localized';
import { wholeLineId, yearOf } from './funding-id';
import { num, sortedEntries } from './read';
import { writeRich } from './rich-text';
import { ACTOR_KINDS, EDGE_KINDS, FUNDING_SOURCES, type ActorKind, type FundingSource } from './types';

/**
 * Layout 0, the prototype's: a root map `plan` (id, title, vision, mission), stage titles in order in
 * the root array `chain`, and plain objects in the root arrays `mapNodes`
 * ({id, label, type, stage, x, y}, `stage` an index into `chain`) and `mapEdges` ({id, from, to, flow}).
 */
function fromV0(doc: Y.Doc): void {
	const old = doc.getMap<unknown>('plan');
	const chain = doc.getArray<unknown>('chain');
	const oldNodes = doc.getArray<Record<string, unknown>>('mapNodes');
	const oldEdges = doc.getArray<Record<string, unknown>>('mapEdges');
	const str = (value: unknown, fallback = '') =>
		typeof value === 'string' && value.trim() ? value.trim() : fallback;
	const coord = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

	const meta = metaMap(doc);
	meta.set('id', str(old.get('id'), 'plan'));
	meta.set('title', str(old.get('title'), 'Untitled plan'));
	// Written as layout 1 held them; the step to layout 2 then makes them localized.
	strategyMap(doc).set('vision', str(old.get('vision')));
	strategyMap(doc).set('mission', str(old.get('mission')));

	chain.toArray().forEach((title, index) => {
		items(doc, 'stages').set(
			`stage-${index}`,
			makeItem({ title: str(title, `Stage ${index + 1}`), order: index + 1 })
		);
	});
	const nodeIds = new Set<string>();
	oldNodes.toArray().forEach((node, index) => {
		const id = str(node.id, `node-${index}`);
		if (nodeIds.has(id)) return;
		nodeIds.add(id);
		const label = str(node.label, 'Unnamed');
		const stage = typeof node.stage === 'number' ? `stage-${node.stage}` : null;
		const stageId = stage && items(doc, 'stages').has(stage) ? stage : null;
		const fields = { stageId, notes: '', owner: '', links: new Y.Map() };
		const position = { x: coord(node.x), y: coord(node.y) };
		// Layout 0 had no actor records: each firm node becomes an actor of its own.
		if (ACTOR_KINDS.includes(node.type as ActorKind)) {
			const actorId = `actor-${id}`;
			items(doc, 'actors').set(
				actorId,
				makeItem({ name: label, kind: node.type, member: node.type === 'firm', notes: '', order: index + 1 })
			);
			items(doc, 'nodes').set(id, makeItem({ ...fields, ...position, actorId, label: '' }));
		} else {
			items(doc, 'nodes').set(id, makeItem({ ...fields, ...position, actorId: null, label, kind: 'stage' }));
		}
	});
	oldEdges.toArray().forEach((edge, index) => {
		const [source, target] = [str(edge.from), str(edge.to)];
		if (!nodeIds.has(source) || !nodeIds.has(target) || source === target) return; // layout 0 never checked
		const kind = EDGE_KINDS.find((k) => k === edge.flow) ?? 'goods';
		items(doc, 'edges').set(str(edge.id, `edge-${index}`), makeItem({ source, target, kind, label: '' }));
	});
	// The old fields are emptied so the document does not hold two versions of the truth.
	for (const key of [...old.keys()]) old.delete(key);
	for (const array of [chain, oldNodes, oldEdges]) if (array.length) array.delete(0, array.length);
}

/** A layout-1 string field becomes the English text of a localized field (layout 1 plans were written in English). */
function localize(item: Item, field: string): void {
	const value = item.get(field);
	item.set(langKey(field, 'en'), typeof value === 'string' ? value : '');
	for (const lang of ['ru', 'kk'] as const) item.set(langKey(field, lang), '');
	if (item.has(field)) item.delete(field);
}

/** A layout-1 string description becomes English rich text, with empty fragments for the other languages. */
function enrich(item: Item, field: string): void {
	const value = item.get(field);
	if (item.has(field)) item.delete(field);
	writeRich(item, field, { en: typeof value === 'string' ? value : '' });
}

/**
 * Layout 1 had plain strings for titles, descriptions, indicator names, vision and mission. Layout 2
 * holds them in three languages (flat `title.en` keys; descriptions as rich-text fragments), gives
 * indicators a code, a level, cumulative and formula fields, and renames the funding source `grant`
 * to `donor`.
 */
function fromV1(doc: Y.Doc): void {
	localize(strategyMap(doc), 'vision');
	localize(strategyMap(doc), 'mission');
	for (const collection of ['lines', 'objectives', 'actions', 'projects'] as const) {
		items(doc, collection).forEach((item) => {
			localize(item, 'title');
			enrich(item, 'description');
			if (collection === 'objectives') localize(item, 'assumptions');
		});
	}
	items(doc, 'projects').forEach((project) => {
		if (project.get('fundingSource') === 'grant') project.set('fundingSource', 'donor');
	});
	sortedEntries(items(doc, 'indicators')).forEach(([, indicator], index) => {
		localize(indicator, 'name');
		const link = indicator.get('link') as { kind?: unknown } | null | undefined;
		indicator.set('code', `I${index + 1}`);
		indicator.set('level', link?.kind === 'project' ? 'output' : 'outcome');
		indicator.set('cumulative', false);
		indicator.set('formula', null);
		if (!num(indicator, 'order')) indicator.set('order', index + 1);
	});
}

/**
 * Layout 2 held one budget and one funding source per project. Layout 3 holds funding lines: each
 * project's budget becomes one planned line from its source over the project's years, with the id
 * `funding-id.ts` derives, and the project's two fields go.
 */
function fromV2(doc: Y.Doc): void {
	const funding = items(doc, 'funding');
	sortedEntries(items(doc, 'projects')).forEach(([projectId, project]) => {
		const source = project.get('fundingSource');
		const amount = num(project, 'budget');
		const period = (project.get('period') ?? {}) as { start?: unknown; end?: unknown };
		const [from, to] = [yearOf(period.start), yearOf(period.end)];
		let id = wholeLineId(projectId);
		// An item of an old plan may hold the derived id: the fallback is derived too, for convergence.
		for (let n = 2; collectionOf(doc, id) !== undefined; n++) id = `f${n}-${projectId}`.slice(0, 64);
		funding.set(
			id,
			makeItem({
				projectId,
				source: FUNDING_SOURCES.includes(source as FundingSource) ? source : 'other',
				measureId: null,
				amount: amount >= 0 ? amount : 0,
				years: from !== null && to !== null && to < from ? { from, to: from } : { from, to },
				state: 'planned',
				dates: { applied: null, decided: null, paid: null },
				note: '',
				// Order counts among a project's lines only; versions saved before lines read theirs as 1.
				order: 1
			})
		);
		project.delete('budget');
		project.delete('fundingSource');
	});
}

const STEPS: Record<number, (doc: Y.Doc) => void> = { 0: fromV0, 1: fromV1, 2: fromV2 };

/** The layout version of `doc`: 0 for prototype documents, null for an empty document. */
export function schemaVersionOf(doc: Y.Doc): number | null {
	const version = metaMap(doc).get('schemaVersion');
	if (typeof version === 'number') return version;
	const legacy =
		doc.getMap('plan').size > 0 || doc.getArray('chain').length > 0 || doc.getArray('mapNodes').length > 0;
	return legacy ? 0 : null;
}

/**
 * Upgrades `doc` in place, one step per version, in one transaction. Returns the versions before and
 * after; an empty or current document is left as it is. A document from newer code is refused.
 */
export function migrate(doc: Y.Doc): { from: number | null; to: number | null } {
	const from = schemaVersionOf(doc);
	if (from === null || from === SCHEMA_VERSION) return { from, to: from };
	if (from > SCHEMA_VERSION || !Number.isInteger(from) || from < 0) {
		throw new PlanError('schema_version', 'schemaVersion', `cannot read layout version ${from}`);
	}
	const steps: ((doc: Y.Doc) => void)[] = [];
	for (let version = from; version < SCHEMA_VERSION; version++) {
		const step = STEPS[version];
		if (!step) throw new PlanError('schema_version', 'schemaVersion', `no migration from version ${version}`);
		steps.push(step);
	}
	doc.transact(() => {
		for (const step of steps) step(doc);
		metaMap(doc).set('schemaVersion', SCHEMA_VERSION);
	});
	return { from, to: SCHEMA_VERSION };
}
