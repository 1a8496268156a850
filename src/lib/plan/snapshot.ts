// The plain-JSON view of a plan document (`PlanData`). It is also where concurrent edits are
// reconciled: each peer's operations keep references intact, but a merge can join a remove on one
// peer with an add on another (an edge to a node someone else deleted, an objective added to a
// removed line), or two peers add the same flow at once. The snapshot hides what hangs on removed
// items, exactly as the cascade of the remove would have, and all but one copy of a flow, so every
// peer derives the same valid data from the same document.
import type * as Y from 'yjs';
import { flowKey } from './edge';
import { type Expr, formatFormula, formulaCycles, formulaRefs, parseFormula } from './formula';
import { type Item, items, metaMap, planId, strategyMap } from './layout';
import { budgetOf, mainSource, readFunding } from './funding-read';
import { readLocalizedOrGuessed } from './lang-guess';
import { readLocalized } from './localized';
import { outdatedOf } from './outdated';
import { planTitle } from './plan';
import { flag, idSet, nested, num, numOrNull, pick, sortedEntries, text, textOrNull } from './read';
import { readRich } from './rich-text';
import * as T from './types';

/** Reads the whole plan as `PlanData`, dropping or clearing references to items that no longer exist. */
export function snapshot(doc: Y.Doc): T.PlanData {
	const actors = sortedEntries(items(doc, 'actors')).map(([id, item]) => readActor(id, item));
	const actorById = new Map(actors.map((actor) => [actor.id, actor]));
	const stages = sortedEntries(items(doc, 'stages')).map(([id, item]) => ({
		id,
		title: readLocalizedOrGuessed(item, 'title'),
		order: num(item, 'order')
	}));
	const stageIds = new Set(stages.map((stage) => stage.id));
	const lines = readLines(
		doc,
		new Set(items(doc, 'projects').keys()),
		new Set(items(doc, 'indicators').keys())
	);
	const objectiveIds = new Set(lines.flatMap((line) => line.objectives.map((objective) => objective.id)));
	const projectIds = new Set(items(doc, 'projects').keys());
	const indicatorIds = new Set(items(doc, 'indicators').keys());
	const funding = readFunding(doc);
	const keep = { actorById, stageIds, objectiveIds, projectIds, indicatorIds, funding };

	// An actor node whose actor was removed concurrently goes, as removeActor would have taken it.
	const nodes = sortedEntries(items(doc, 'nodes'))
		.filter(([, item]) => textOrNull(item, 'actorId') === null || actorById.has(text(item, 'actorId')))
		.map(([id, item]) => readNode(id, item, keep));
	const nodeIds = new Set(nodes.map((node) => node.id));
	// Two peers can add the same flow at once (connect refuses it only on one peer); every peer shows
	// the one with the smallest id (edges are read in id order), so all draw the same single arrow.
	const flows = new Set<string>();
	const edges = sortedEntries(items(doc, 'edges'))
		.map(([id, item]) => readEdge(id, item))
		.filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target) && edge.source !== edge.target)
		.filter((edge) => {
			const key = flowKey(edge);
			if (flows.has(key)) return false;
			flows.add(key);
			return true;
		});
	const projects = sortedEntries(items(doc, 'projects')).map(([id, item]) => readProject(id, item, keep));
	const indicators = readIndicators(doc, keep);

	const visible = new Set([planId(doc), ...stageIds, ...nodeIds, ...actorById.keys(), ...objectiveIds]);
	for (const list of [edges, lines, projects, indicators]) for (const { id } of list) visible.add(id);
	for (const line of lines) for (const o of line.objectives) for (const a of o.actions) visible.add(a.id);
	const commentIds = new Set(items(doc, 'comments').keys());
	const comments = sortedEntries(items(doc, 'comments')).map(([id, item]): T.Comment => {
		const replyTo = textOrNull(item, 'replyTo');
		return {
			id,
			anchorId: text(item, 'anchorId'),
			replyTo: replyTo !== null && commentIds.has(replyTo) ? replyTo : null,
			author: text(item, 'author'),
			authorName: text(item, 'authorName'),
			text: text(item, 'text'),
			mentions: mentionsOf(item),
			createdAt: text(item, 'createdAt'),
			editedAt: textOrNull(item, 'editedAt'),
			deleted: flag(item, 'deleted'),
			resolved: flag(item, 'resolved'),
			resolvedBy: flag(item, 'resolved') ? text(item, 'resolvedBy') : '',
			resolvedByName: flag(item, 'resolved') ? text(item, 'resolvedByName') : '',
			orphaned: !visible.has(text(item, 'anchorId'))
		};
	});

	const strategy = strategyMap(doc);
	const meta = metaMap(doc);
	return {
		id: planId(doc),
		title: planTitle(meta),
		...outdatedOf(meta),
		map: { stages, nodes, edges },
		strategy: {
			vision: readLocalized(strategy, 'vision'),
			mission: readLocalized(strategy, 'mission'),
			lines,
			...outdatedOf(strategy)
		},
		projects,
		indicators,
		actors,
		comments
	};
}

type Keep = {
	actorById: Map<string, T.Actor>;
	stageIds: Set<string>;
	objectiveIds: Set<string>;
	projectIds: Set<string>;
	indicatorIds: Set<string>;
	funding: Map<string, T.FundingLine[]>;
};

function mentionsOf(item: Item): string[] {
	const value = item.get('mentions');
	return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];
}

function readActor(id: string, item: Item): T.Actor {
	const kind = pick(item, 'kind', T.ACTOR_KINDS, 'firm');
	const name = readLocalizedOrGuessed(item, 'name');
	const participantId = textOrNull(item, 'participantId');
	const linked = participantId ? { participantId } : {};
	return { id, name, kind, member: flag(item, 'member'), notes: text(item, 'notes'), ...linked };
}

function readNode(id: string, item: Item, keep: Keep): T.MapNode {
	const actor = keep.actorById.get(text(item, 'actorId'));
	const links = idSet(item, 'links');
	const stageId = textOrNull(item, 'stageId');
	return {
		id,
		kind: actor ? actor.kind : pick(item, 'kind', T.NODE_KINDS, 'stage'),
		label: actor ? actor.name : readLocalizedOrGuessed(item, 'label'),
		actorId: actor ? actor.id : null,
		stageId: stageId !== null && keep.stageIds.has(stageId) ? stageId : null,
		notes: text(item, 'notes'),
		owner: text(item, 'owner'),
		x: num(item, 'x'),
		y: num(item, 'y'),
		objectiveIds: links.filter((link) => keep.objectiveIds.has(link)),
		projectIds: links.filter((link) => keep.projectIds.has(link))
	};
}

function readEdge(id: string, item: Item): T.Edge {
	return {
		id,
		source: text(item, 'source'),
		target: text(item, 'target'),
		kind: pick(item, 'kind', T.EDGE_KINDS, 'goods'),
		label: text(item, 'label')
	};
}

function readLines(doc: Y.Doc, projectIds: Set<string>, indicatorIds: Set<string>): T.Line[] {
	const objectives = sortedEntries(items(doc, 'objectives'));
	const actions = sortedEntries(items(doc, 'actions'));
	return sortedEntries(items(doc, 'lines')).map(([lineId, line]) => ({
		id: lineId,
		title: readLocalized(line, 'title'),
		description: readRich(line, 'description'),
		order: num(line, 'order'),
		...outdatedOf(line),
		objectives: objectives
			.filter(([, objective]) => objective.get('lineId') === lineId)
			.map(([objectiveId, objective]) => ({
				id: objectiveId,
				title: readLocalized(objective, 'title'),
				description: readRich(objective, 'description'),
				assumptions: readLocalized(objective, 'assumptions'),
				order: num(objective, 'order'),
				...outdatedOf(objective),
				actions: actions
					.filter(([, action]) => action.get('objectiveId') === objectiveId)
					.map(([actionId, action]) => ({
						id: actionId,
						title: readLocalized(action, 'title'),
						description: readRich(action, 'description'),
						owner: text(action, 'owner'),
						dueDate: textOrNull(action, 'dueDate'),
						status: pick(action, 'status', T.ACTION_STATUSES, 'planned'),
						priority: numOrNull(action, 'priority'),
						order: num(action, 'order'),
						projectIds: idSet(action, 'projects').filter((id) => projectIds.has(id)),
						indicatorIds: idSet(action, 'indicators').filter((id) => indicatorIds.has(id)),
						...outdatedOf(action)
					}))
			}))
	}));
}

function readProject(id: string, item: Item, keep: Keep): T.Project {
	const lead = textOrNull(item, 'leadActorId');
	const period = (item.get('period') ?? {}) as { start?: unknown; end?: unknown };
	const lines = keep.funding.get(id) ?? [];
	return {
		id,
		title: readLocalized(item, 'title'),
		description: readRich(item, 'description'),
		leadActorId: lead !== null && keep.actorById.has(lead) ? lead : null,
		partnerIds: idSet(item, 'partners').filter((actorId) => keep.actorById.has(actorId)),
		budget: budgetOf(lines),
		fundingSource: mainSource(lines),
		funding: lines,
		start: typeof period.start === 'string' ? period.start : null,
		end: typeof period.end === 'string' ? period.end : null,
		status: pick(item, 'status', T.PROJECT_STATUSES, 'proposed'),
		priority: num(item, 'priority'),
		objectiveIds: idSet(item, 'objectives').filter((objectiveId) => keep.objectiveIds.has(objectiveId)),
		...outdatedOf(item)
	};
}

/**
 * Indicators with their formulas written in codes. A formula that no longer parses, uses an indicator
 * removed concurrently, or joined a cycle through concurrent edits reads as no formula: the indicator
 * is then measured, as if the formula had been cleared.
 */
function readIndicators(doc: Y.Doc, keep: Keep): T.Indicator[] {
	const entries = sortedEntries(items(doc, 'indicators'));
	const parsed = new Map<string, Expr>();
	for (const [id, item] of entries) {
		const formula = item.get('formula');
		if (typeof formula !== 'string') continue;
		try {
			const expr = parseFormula(formula, () => undefined);
			if (formulaRefs(expr).every((ref) => keep.indicatorIds.has(ref))) parsed.set(id, expr);
		} catch {
			// unreadable: no formula
		}
	}
	const cyclic = formulaCycles(new Map([...parsed].map(([id, expr]) => [id, formulaRefs(expr)])));
	const codeOf = new Map(entries.map(([id, item]) => [id, text(item, 'code') || id]));
	return entries.map(([id, item]) => {
		const expr = cyclic.has(id) ? undefined : parsed.get(id);
		const formula = expr ? formatFormula(expr, (ref) => codeOf.get(ref) ?? ref) : null;
		return readIndicator(id, item, keep, formula);
	});
}

function readIndicator(id: string, item: Item, keep: Keep, formula: string | null): T.Indicator {
	const link = item.get('link') as { kind?: unknown; id?: unknown } | null | undefined;
	const linkId = typeof link?.id === 'string' ? link.id : '';
	const targets: Record<string, number> = {};
	const stored = nested<unknown>(item, 'targets');
	for (const key of stored ? [...stored.keys()].sort() : []) {
		const value = stored?.get(key);
		if (typeof value === 'number' && Number.isFinite(value)) targets[key] = value;
	}
	return {
		id,
		code: text(item, 'code'),
		name: readLocalized(item, 'name'),
		level: pick(item, 'level', T.INDICATOR_LEVELS, 'outcome'),
		unit: readLocalizedOrGuessed(item, 'unit'),
		baseline: numOrNull(item, 'baseline'),
		baselineYear: numOrNull(item, 'baselineYear'),
		targets,
		cumulative: flag(item, 'cumulative'),
		frequency: pick(item, 'frequency', T.FREQUENCIES, 'annual'),
		source: text(item, 'source'),
		responsible: text(item, 'responsible'),
		link: keep.objectiveIds.has(linkId)
			? { kind: 'objective', id: linkId }
			: keep.projectIds.has(linkId)
				? { kind: 'project', id: linkId }
				: null,
		formula,
		...outdatedOf(item)
	};
}
