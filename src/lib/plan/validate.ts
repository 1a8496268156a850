// Checks a `PlanData` (from a snapshot, an import or the API) and lists its problems in plain words.
// It agrees with `snapshot`: whatever the snapshot hides after a merge (edges to removed nodes, a
// second copy of a flow, and the like) is a problem here, so the snapshot of any document is valid.
import { flowKey } from './edge';
import { isIsoDate } from './input';
import { isBlank, type Localized } from './localized';
import * as T from './types';

/** The problems of `data` (dangling references, bad values, duplicate ids); empty when valid. */
export function validatePlan(data: T.PlanData): string[] {
	const problems: string[] = [];
	// Ids are unique within each list. Operations also refuse an explicit id used in another list,
	// but two peers adding the same explicit id to different lists at once cannot be prevented, and
	// the data stays unambiguous for everything but comment anchors, which accept either item.
	const seen = new Set<string>();
	const seenByKind = new Map<string, Set<string>>();
	const check = (ok: boolean, problem: string) => {
		if (!ok) problems.push(problem);
	};
	const unique = (id: string, what: string) => {
		check(typeof id === 'string' && id !== '', `${what} has no id`);
		const kind = seenByKind.get(what) ?? seenByKind.set(what, new Set()).get(what)!;
		check(!kind.has(id), `${what} ${id}: id used twice`);
		kind.add(id);
		seen.add(id);
	};
	const titled = (value: string, what: string) =>
		check(typeof value === 'string' && value.trim() !== '', `${what}: empty`);
	// Two people clearing a title in different languages at once can leave it empty in all three;
	// that is reported here and shown as untitled, never hidden.
	const named = (value: Localized, what: string) =>
		check(typeof value === 'object' && value !== null && !isBlank(value), `${what}: empty in every language`);

	check(typeof data.id === 'string' && data.id !== '', 'plan has no id');
	named(data.title, 'plan title');
	const objectives = data.strategy.lines.flatMap((line) => line.objectives);
	const actions = objectives.flatMap((objective) => objective.actions);
	const ids = (list: { id: string }[]) => new Set(list.map((item) => item.id));
	const stageIds = ids(data.map.stages);
	const nodeIds = ids(data.map.nodes);
	const actorIds = ids(data.actors);
	const objectiveIds = ids(objectives);
	const projectIds = ids(data.projects);
	const indicatorIds = ids(data.indicators);

	for (const stage of data.map.stages) {
		unique(stage.id, 'stage');
		named(stage.title, `stage ${stage.id} title`);
	}
	for (const actor of data.actors) {
		unique(actor.id, 'actor');
		named(actor.name, `actor ${actor.id} name`);
		check(T.ACTOR_KINDS.includes(actor.kind), `actor ${actor.id}: unknown kind ${actor.kind}`);
	}
	for (const node of data.map.nodes) {
		const what = `node ${node.id}`;
		unique(node.id, 'node');
		named(node.label, `${what} label`);
		check(T.NODE_KINDS.includes(node.kind), `${what}: unknown kind ${node.kind}`);
		check(node.actorId === null || actorIds.has(node.actorId), `${what}: unknown actor ${node.actorId}`);
		check(node.stageId === null || stageIds.has(node.stageId), `${what}: unknown stage ${node.stageId}`);
		check(Number.isFinite(node.x) && Number.isFinite(node.y), `${what}: position is not a number`);
		for (const id of node.objectiveIds)
			check(objectiveIds.has(id), `${what}: linked to unknown objective ${id}`);
		for (const id of node.projectIds) check(projectIds.has(id), `${what}: linked to unknown project ${id}`);
	}
	const flows = new Map<string, string>();
	for (const edge of data.map.edges) {
		const what = `edge ${edge.id}`;
		unique(edge.id, 'edge');
		const same = flows.get(flowKey(edge));
		check(same === undefined, `${what}: the same flow as edge ${same}`);
		flows.set(flowKey(edge), edge.id);
		check(nodeIds.has(edge.source), `${what}: unknown source node ${edge.source}`);
		check(nodeIds.has(edge.target), `${what}: unknown target node ${edge.target}`);
		check(edge.source !== edge.target, `${what}: connects a node to itself`);
		check(T.EDGE_KINDS.includes(edge.kind), `${what}: unknown kind ${edge.kind}`);
	}
	for (const line of data.strategy.lines) {
		unique(line.id, 'line');
		named(line.title, `line ${line.id} title`);
	}
	for (const objective of objectives) {
		unique(objective.id, 'objective');
		named(objective.title, `objective ${objective.id} title`);
	}
	for (const action of actions) {
		unique(action.id, 'action');
		named(action.title, `action ${action.id} title`);
		check(T.ACTION_STATUSES.includes(action.status), `action ${action.id}: unknown status ${action.status}`);
		check(
			action.dueDate === null || isIsoDate(action.dueDate),
			`action ${action.id}: due date is not a date`
		);
		for (const id of action.projectIds)
			check(projectIds.has(id), `action ${action.id}: linked to unknown project ${id}`);
		for (const id of action.indicatorIds)
			check(indicatorIds.has(id), `action ${action.id}: linked to unknown indicator ${id}`);
	}
	for (const project of data.projects)
		validateProject(project, { unique, check, named, actorIds, objectiveIds });
	for (const indicator of data.indicators) {
		const what = `indicator ${indicator.id}`;
		unique(indicator.id, 'indicator');
		named(indicator.name, `${what} name`);
		check(T.FREQUENCIES.includes(indicator.frequency), `${what}: unknown frequency ${indicator.frequency}`);
		check(T.INDICATOR_LEVELS.includes(indicator.level), `${what}: unknown level ${indicator.level}`);
		check(
			indicator.baseline === null || Number.isFinite(indicator.baseline),
			`${what}: baseline is not a number`
		);
		for (const [year, value] of Object.entries(indicator.targets)) {
			check(/^\d{4}$/.test(year) && Number.isFinite(value), `${what}: bad target ${year}: ${value}`);
		}
		const link = indicator.link;
		const linked = link === null || (link.kind === 'objective' ? objectiveIds : projectIds).has(link.id);
		check(linked, `${what}: linked to unknown ${link?.kind} ${link?.id}`);
	}
	const commentIds = ids(data.comments);
	for (const comment of data.comments) {
		const what = `comment ${comment.id}`;
		unique(comment.id, 'comment');
		if (!comment.deleted) titled(comment.text, `${what} text`);
		check(
			comment.orphaned || seen.has(comment.anchorId) || comment.anchorId === data.id,
			`${what}: unknown anchor`
		);
		check(comment.replyTo === null || commentIds.has(comment.replyTo), `${what}: answers an unknown comment`);
	}
	return problems;
}

type Checks = {
	unique: (id: string, what: string) => void;
	check: (ok: boolean, problem: string) => void;
	named: (value: Localized, what: string) => void;
	actorIds: Set<string>;
	objectiveIds: Set<string>;
};

function validateProject(project: T.Project, { unique, check, named, actorIds, objectiveIds }: Checks): void {
	const what = `project ${project.id}`;
	unique(project.id, 'project');
	named(project.title, `${what} title`);
	check(project.leadActorId === null || actorIds.has(project.leadActorId), `${what}: unknown lead actor`);
	for (const id of project.partnerIds) check(actorIds.has(id), `${what}: unknown partner ${id}`);
	for (const id of project.objectiveIds)
		check(objectiveIds.has(id), `${what}: linked to unknown objective ${id}`);
	check(Number.isFinite(project.budget) && project.budget >= 0, `${what}: budget must be a number ≥ 0`);
	check(T.FUNDING_SOURCES.includes(project.fundingSource), `${what}: unknown funding source`);
	for (const line of project.funding) {
		const at = `${what} funding line ${line.id}`;
		unique(line.id, 'funding line');
		check(T.FUNDING_SOURCES.includes(line.source), `${at}: unknown source`);
		check(T.FUNDING_STATES.includes(line.state), `${at}: unknown state`);
		check(line.amount >= 0, `${at}: amount must be ≥ 0`);
		check(
			line.fromYear === null || line.toYear === null || line.fromYear <= line.toYear,
			`${at}: ends before it starts`
		);
		const steps = [line.appliedOn, line.decidedOn, line.paidOn].filter((d): d is string => d !== null);
		check(steps.every(isIsoDate), `${at}: a step date is not a date`);
		check(
			steps.every((d, i) => i === 0 || steps[i - 1]! <= d),
			`${at}: a step is dated before the one it follows`
		);
	}
	check(
		Math.abs(project.budget - project.funding.reduce((sum, l) => sum + l.amount, 0)) <
			1e-6 * Math.max(1, project.budget),
		`${what}: budget is not the sum of its lines`
	);
	check(T.PROJECT_STATUSES.includes(project.status), `${what}: unknown status`);
	check(project.priority >= 0 && project.priority <= 10, `${what}: priority must be 0–10`);
	check(project.start === null || isIsoDate(project.start), `${what}: start is not a date`);
	check(project.end === null || isIsoDate(project.end), `${what}: end is not a date`);
	check(!project.start || !project.end || project.start <= project.end, `${what}: ends before it starts`);
}
