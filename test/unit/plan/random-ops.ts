// Random plan operations for the convergence property: ids drawn from small pools so operations
// collide on the same items, and values that are mostly valid with a share that must be refused.
// Titles come in random languages, descriptions are replaced or typed into like an editor does,
// actions link projects and indicators, and indicator formulas name codes that exist or do not.
import fc from 'fast-check';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';

const pool = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const ids = {
	stage: pool('s', 3),
	actor: pool('a', 3),
	node: pool('n', 5),
	edge: pool('e', 4),
	line: pool('l', 2),
	objective: pool('o', 3),
	action: pool('x', 4),
	project: pool('p', 3),
	indicator: pool('i', 4),
	comment: pool('c', 3)
};
const any = fc.constantFrom('plan', 'ghost', ...Object.values(ids).flat());
const of = (list: string[]) =>
	fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...list) }, { weight: 1, arbitrary: any });
/** Ids for edits and parents: the items of the base plan are drawn more often, so edits often find their item. */
const inBase = ['l1', 'o1', 'o2', 'x1', 'x2', 'p1', 'i1', 'i2'];
const edit = (list: string[]) =>
	fc.oneof(
		{ weight: 1, arbitrary: fc.constantFrom(...list.filter((id) => inBase.includes(id))) },
		{ weight: 1, arbitrary: of(list) }
	);
// Mostly valid values, with a share of invalid ones that must be refused. Operations with many
// fields draw each from `mostly`, so that a fair share of them is valid as a whole.
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
	fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: invalid });
const title = fc.constantFrom('A', 'B', 'Mill', 'Farm', 'Export', '', ' ');
const lang = fc.constantFrom(...P.LANGS);
const word = fc.constantFrom('A', 'Mill', 'Export', 'Мельница', 'Диірмен');
/** A new item's title: a plain string (English) or some languages; blank in all of them is refused. */
const newTitle = mostly(
	fc.oneof(word, fc.dictionary(lang, fc.constantFrom('A', 'Мельница', '', ' '), { minKeys: 1, maxKeys: 3 })),
	fc.constantFrom<unknown>('', ' ', {}, { ru: ' ', en: '' }, { de: 'Mühle' })
);
/**
 * A changed title writes text into the languages it names and never clears one: two peers clearing
 * different languages of one title at once would leave it empty in every language, which validatePlan
 * reports by design (localized.test.ts shows it). The invalid share is refused outright.
 */
const retitle = fc.option(
	mostly(
		fc.oneof(word, fc.dictionary(lang, word, { minKeys: 1, maxKeys: 3 })),
		fc.constantFrom<unknown>({ de: 'Mühle' }, 5, null, { en: 3 })
	),
	{ nil: undefined }
);
/** A description or vision: may be cleared in any language, as it is not required. */
const prose = fc.option(
	fc.oneof(
		fc.constantFrom('', 'One line', 'Two\nlines'),
		fc.dictionary(lang, fc.constantFrom('', 'Текст', 'Two\nlines'), { maxKeys: 3 })
	),
	{ nil: undefined }
);
/** Links to projects or indicators, mostly to items that exist or that concurrent peers may add. */
const links = (list: string[]) =>
	fc.option(mostly(fc.subarray(list), fc.constant([list[0], 'ghost'])), { nil: undefined });
// Codes of the base plan are EXP (i1) and AVG (i2); I3 is what an indicator added without a code may get.
const code = mostly(
	fc.constantFrom(undefined, undefined, 'I3', 'NEW', 'JOBS'),
	fc.constantFrom('EXP', 'AVG', '1bad', '')
);
// Formulas over those codes; with codes renamed and indicators removed concurrently, some end up
// naming nothing or closing a cycle, which the snapshot shows as no formula.
const formula = mostly(
	fc.constantFrom(
		undefined,
		undefined,
		null,
		'EXP + 1',
		'AVG * 2',
		'(EXP + I3) / 2',
		'I3 - EXP',
		'NEW / JOBS',
		'-AVG',
		'2'
	),
	fc.constantFrom('EXP +', 'GHOST * 2', '')
);
const option = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const date = fc.constantFrom(null, '2019-01-01', '2020-06-30', '2021-12-31', '2019-02-30');
const num = fc.oneof(
	{ weight: 9, arbitrary: fc.integer({ min: -2, max: 1000 }) },
	{ weight: 1, arbitrary: fc.constant(Number.NaN) }
);
const kind = <T extends readonly string[]>(kinds: T) => fc.constantFrom(...kinds, 'bogus');

/** One operation on a plan, valid or not. */
export const op = fc.oneof(
	fc.record({
		t: fc.constant('addStage'),
		id: of(ids.stage),
		title,
		index: fc.option(fc.integer({ min: -1, max: 3 }))
	}),
	fc.record({ t: fc.constant('moveStage'), id: of(ids.stage), index: fc.integer({ min: -1, max: 3 }) }),
	fc.record({ t: fc.constant('removeStage'), id: of(ids.stage) }),
	fc.record({ t: fc.constant('addActor'), id: of(ids.actor), name: title, kind: kind(P.ACTOR_KINDS) }),
	fc.record({ t: fc.constant('updateActor'), id: of(ids.actor), name: title, member: fc.boolean() }),
	fc.record({ t: fc.constant('removeActor'), id: of(ids.actor) }),
	fc.record({
		t: fc.constant('addNode'),
		id: of(ids.node),
		actorId: fc.option(of(ids.actor)),
		label: title,
		stageId: fc.option(of(ids.stage)),
		x: num
	}),
	fc.record({
		t: fc.constant('updateNode'),
		id: of(ids.node),
		stageId: fc.option(of(ids.stage)),
		notes: title
	}),
	fc.record({
		t: fc.constant('moveNodes'),
		moves: fc.array(fc.record({ id: of(ids.node), x: num }), { maxLength: 3 })
	}),
	fc.record({ t: fc.constant('removeNode'), id: of(ids.node) }),
	fc.record({
		t: fc.constant('connect'),
		id: of(ids.edge),
		source: of(ids.node),
		target: of(ids.node),
		kind: kind(P.EDGE_KINDS)
	}),
	fc.record({ t: fc.constant('updateEdge'), id: of(ids.edge), label: title, kind: kind(P.EDGE_KINDS) }),
	fc.record({ t: fc.constant('removeEdge'), id: of(ids.edge) }),
	fc.record({ t: fc.constant('linkNode'), id: of(ids.node), target: of([...ids.objective, ...ids.project]) }),
	fc.record({ t: fc.constant('addLine'), id: of(ids.line), title: newTitle, description: prose }),
	fc.record({ t: fc.constant('updateLine'), id: edit(ids.line), title: retitle, description: prose }),
	fc.record({ t: fc.constant('moveLine'), id: of(ids.line), index: fc.integer({ min: 0, max: 2 }) }),
	fc.record({ t: fc.constant('removeLine'), id: of(ids.line) }),
	fc.record({
		t: fc.constant('addObjective'),
		id: of(ids.objective),
		lineId: edit(ids.line),
		title: newTitle,
		description: prose
	}),
	fc.record({
		t: fc.constant('updateObjective'),
		id: edit(ids.objective),
		title: retitle,
		description: prose,
		assumptions: prose
	}),
	fc.record({
		t: fc.constant('moveObjective'),
		id: of(ids.objective),
		lineId: of(ids.line),
		index: fc.nat(3)
	}),
	fc.record({ t: fc.constant('removeObjective'), id: of(ids.objective) }),
	fc.record({
		t: fc.constant('addAction'),
		id: of(ids.action),
		objectiveId: edit(ids.objective),
		title: newTitle,
		dueDate: date,
		projectIds: links(ids.project.slice(0, 2)),
		indicatorIds: links(ids.indicator.slice(0, 3))
	}),
	fc.record({
		t: fc.constant('updateAction'),
		id: edit(ids.action),
		title: retitle,
		description: prose,
		status: option(kind(P.ACTION_STATUSES)),
		dueDate: option(date),
		projectIds: links(ids.project.slice(0, 2)),
		indicatorIds: links(ids.indicator.slice(0, 3))
	}),
	fc.record({
		t: fc.constant('moveAction'),
		id: of(ids.action),
		objectiveId: of(ids.objective),
		index: fc.nat(3)
	}),
	fc.record({ t: fc.constant('removeAction'), id: of(ids.action) }),
	fc.record({
		t: fc.constant('addProject'),
		id: of(ids.project),
		title: newTitle,
		description: prose,
		lead: fc.option(of(ids.actor)),
		partners: fc.subarray(ids.actor, { maxLength: 2 }),
		objectives: fc.subarray(ids.objective, { maxLength: 2 }),
		budget: num,
		start: date,
		end: date
	}),
	fc.record({
		t: fc.constant('updateProject'),
		id: edit(ids.project),
		start: fc.option(date),
		end: fc.option(date),
		priority: fc.integer({ min: -1, max: 11 }),
		objectives: fc.subarray(ids.objective, { maxLength: 2 }),
		title: retitle,
		description: prose,
		fundingSource: option(kind(P.FUNDING_SOURCES)),
		budget: option(num)
	}),
	fc.record({ t: fc.constant('removeProject'), id: of(ids.project) }),
	fc.record({
		t: fc.constant('addIndicator'),
		id: of(ids.indicator),
		name: newTitle,
		code,
		level: option(kind(P.INDICATOR_LEVELS)),
		linkId: mostly(fc.constantFrom(null, ...ids.objective.slice(0, 2), 'p1'), any),
		baseline: num,
		formula
	}),
	fc.record({
		t: fc.constant('updateIndicator'),
		id: edit(ids.indicator),
		name: retitle,
		code,
		cumulative: option(fc.boolean()),
		formula
	}),
	fc.record({
		t: fc.constant('setTarget'),
		id: of(ids.indicator),
		year: fc.constantFrom(2020, 2025, 1800),
		value: num
	}),
	fc.record({ t: fc.constant('removeIndicator'), id: of(ids.indicator) }),
	fc.record({ t: fc.constant('addComment'), id: of(ids.comment), anchorId: any, text: title }),
	fc.record({ t: fc.constant('resolveComment'), id: of(ids.comment) }),
	fc.record({ t: fc.constant('updateStrategy'), vision: prose, mission: prose }),
	fc.record({
		t: fc.constant('type'),
		collection: fc.constantFrom('lines', 'objectives', 'actions', 'projects'),
		id: edit([...ids.line, ...ids.objective, ...ids.action, ...ids.project]),
		lang,
		text: word,
		at: fc.nat(8)
	})
);
export type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

type ArgName =
	| 'id'
	| 'title'
	| 'index'
	| 'name'
	| 'kind'
	| 'member'
	| 'actorId'
	| 'label'
	| 'stageId'
	| 'x'
	| 'notes'
	| 'moves'
	| 'source'
	| 'target'
	| 'lineId'
	| 'objectiveId'
	| 'dueDate'
	| 'status'
	| 'lead'
	| 'partners'
	| 'objectives'
	| 'budget'
	| 'start'
	| 'end'
	| 'priority'
	| 'linkId'
	| 'baseline'
	| 'year'
	| 'value'
	| 'anchorId'
	| 'text'
	| 'vision'
	| 'mission'
	| 'description'
	| 'assumptions'
	| 'projectIds'
	| 'indicatorIds'
	| 'fundingSource'
	| 'code'
	| 'level'
	| 'cumulative'
	| 'formula'
	| 'collection'
	| 'lang'
	| 'at';

/**
 * Types into a description the way the editor does: into the first paragraph's text, or a new
 * paragraph when the description is empty. Nothing happens for an item that does not exist.
 */
function typeInto(
	doc: Y.Doc,
	collection: P.DescribedCollection,
	id: string,
	lang: P.Lang,
	text: string,
	at: number
) {
	const fragment = P.descriptionFragment(doc, collection, id, lang);
	if (!fragment) return;
	doc.transact(() => {
		const first = fragment.get(0);
		const content = first instanceof Y.XmlElement ? first.get(0) : undefined;
		if (content instanceof Y.XmlText) {
			content.insert(Math.min(at, content.length), text);
		} else {
			const paragraph = new Y.XmlElement('paragraph');
			paragraph.insert(0, [new Y.XmlText(text)]);
			fragment.insert(0, [paragraph]);
		}
	});
}

/** Runs one generated operation; loosely typed input is the point (invalid values must be refused). */
export function apply(doc: Y.Doc, o: Op): void {
	const a = o as unknown as Record<ArgName, never>;
	const table: Record<string, () => unknown> = {
		addStage: () => P.addStage(doc, { id: a.id, title: a.title, index: a.index ?? undefined }),
		moveStage: () => P.moveStage(doc, a.id, a.index),
		removeStage: () => P.removeStage(doc, a.id),
		addActor: () => P.addActor(doc, { id: a.id, name: a.name, kind: a.kind }),
		updateActor: () => P.updateActor(doc, a.id, { name: a.name, member: a.member }),
		removeActor: () => P.removeActor(doc, a.id),
		addNode: () =>
			P.addNode(doc, { id: a.id, actorId: a.actorId, label: a.label, stageId: a.stageId, x: a.x, y: 0 }),
		updateNode: () => P.updateNode(doc, a.id, { stageId: a.stageId, notes: a.notes }),
		moveNodes: () =>
			P.moveNodes(
				doc,
				(a.moves as { id: string; x: number }[]).map((m) => ({ ...m, y: 1 }))
			),
		removeNode: () => P.removeNode(doc, a.id),
		connect: () => P.connect(doc, { id: a.id, source: a.source, target: a.target, kind: a.kind }),
		updateEdge: () => P.updateEdge(doc, a.id, { label: a.label, kind: a.kind }),
		removeEdge: () => P.removeEdge(doc, a.id),
		linkNode: () => P.linkNode(doc, a.id, a.target),
		addLine: () => P.addLine(doc, { id: a.id, title: a.title, description: a.description }),
		updateLine: () => P.updateLine(doc, a.id, { title: a.title, description: a.description }),
		moveLine: () => P.moveLine(doc, a.id, a.index),
		removeLine: () => P.removeLine(doc, a.id),
		addObjective: () =>
			P.addObjective(doc, { id: a.id, lineId: a.lineId, title: a.title, description: a.description }),
		updateObjective: () =>
			P.updateObjective(doc, a.id, {
				title: a.title,
				description: a.description,
				assumptions: a.assumptions
			}),
		moveObjective: () => P.moveObjective(doc, a.id, { lineId: a.lineId, index: a.index }),
		removeObjective: () => P.removeObjective(doc, a.id),
		addAction: () =>
			P.addAction(doc, {
				id: a.id,
				objectiveId: a.objectiveId,
				title: a.title,
				dueDate: a.dueDate,
				projectIds: a.projectIds,
				indicatorIds: a.indicatorIds
			}),
		updateAction: () =>
			P.updateAction(doc, a.id, {
				title: a.title,
				description: a.description,
				status: a.status,
				dueDate: a.dueDate,
				projectIds: a.projectIds,
				indicatorIds: a.indicatorIds
			}),
		moveAction: () => P.moveAction(doc, a.id, { objectiveId: a.objectiveId, index: a.index }),
		removeAction: () => P.removeAction(doc, a.id),
		addProject: () =>
			P.addProject(doc, {
				id: a.id,
				title: a.title,
				description: a.description,
				leadActorId: a.lead,
				partnerIds: a.partners,
				objectiveIds: a.objectives,
				budget: a.budget,
				start: a.start,
				end: a.end
			}),
		updateProject: () =>
			P.updateProject(doc, a.id, {
				start: a.start ?? undefined,
				end: a.end ?? undefined,
				priority: a.priority,
				objectiveIds: a.objectives,
				title: a.title,
				description: a.description,
				fundingSource: a.fundingSource,
				budget: a.budget
			}),
		removeProject: () => P.removeProject(doc, a.id),
		addIndicator: () =>
			P.addIndicator(doc, {
				id: a.id,
				name: a.name,
				code: a.code,
				level: a.level,
				linkId: a.linkId,
				baseline: a.baseline,
				formula: a.formula
			}),
		updateIndicator: () =>
			P.updateIndicator(doc, a.id, {
				name: a.name,
				code: a.code,
				cumulative: a.cumulative,
				formula: a.formula
			}),
		setTarget: () => P.setIndicatorTarget(doc, a.id, a.year, a.value),
		removeIndicator: () => P.removeIndicator(doc, a.id),
		addComment: () =>
			P.addComment(doc, {
				id: a.id,
				anchorId: a.anchorId,
				author: 'Dana',
				text: a.text,
				createdAt: '2019-05-01T00:00:00Z'
			}),
		resolveComment: () => P.resolveComment(doc, a.id),
		updateStrategy: () => P.updateStrategy(doc, { vision: a.vision, mission: a.mission }),
		type: () => typeInto(doc, a.collection, a.id, a.lang, a.text, a.at)
	};
	table[o.t]!();
}

/** The plan every peer starts from, leaving some ids of each pool free for adds. */
export function base(): Y.Doc {
	const doc = new Y.Doc();
	P.initPlan(doc, { id: 'plan', title: 'Plan' });
	P.addStage(doc, { id: 's1', title: 'Farming' });
	P.addStage(doc, { id: 's2', title: 'Milling' });
	P.addActor(doc, { id: 'a1', name: 'Farm', kind: 'firm' });
	P.addActor(doc, { id: 'a2', name: 'Mill', kind: 'firm' });
	P.addNode(doc, { id: 'n1', actorId: 'a1', stageId: 's1', x: 0, y: 0 });
	P.addNode(doc, { id: 'n2', actorId: 'a2', stageId: 's2', x: 1, y: 0 });
	P.addNode(doc, { id: 'n3', label: 'Export', kind: 'market', x: 2, y: 0 });
	P.connect(doc, { id: 'e1', source: 'n1', target: 'n2', kind: 'goods' });
	P.connect(doc, { id: 'e2', source: 'n2', target: 'n3', kind: 'money' });
	P.updateStrategy(doc, { vision: { ru: 'Лидер', en: 'Leader' } });
	P.addLine(doc, { id: 'l1', title: { ru: 'Рынки', en: 'Markets' }, description: 'Beyond\nCentral Asia' });
	P.addObjective(doc, { id: 'o1', lineId: 'l1', title: 'Exports' });
	P.addObjective(doc, { id: 'o2', lineId: 'l1', title: { kk: 'Сапа' } });
	P.addProject(doc, { id: 'p1', title: 'Lab', leadActorId: 'a1', partnerIds: ['a2'], objectiveIds: ['o2'] });
	P.linkNode(doc, 'n2', 'o1');
	P.addIndicator(doc, { id: 'i1', code: 'EXP', name: 'Exports', linkId: 'o1', targets: { 2025: 10 } });
	P.addIndicator(doc, { id: 'i2', code: 'AVG', name: { ru: 'Среднее' }, formula: 'EXP / 2' });
	P.addAction(doc, { id: 'x1', objectiveId: 'o1', title: 'Fair', indicatorIds: ['i1'] });
	P.addAction(doc, { id: 'x2', objectiveId: 'o2', title: 'Lab', projectIds: ['p1'], description: 'Tests' });
	P.addComment(doc, {
		id: 'c1',
		anchorId: 'n1',
		author: 'Dana',
		text: 'Which farms?',
		createdAt: '2019-01-01T00:00:00Z'
	});
	return doc;
}
