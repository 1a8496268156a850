// Turns a demo plan written as data into calls of the plan operations, so every demo plan is built
// (and validated) exactly as a user's edits would build it. Ids are derived from the keys in the
// data, so demo plans are the same on every run and tests can name their items. Each plan is written
// in English keys with the Russian (and, where a translator added it, Kazakh) of every text beside
// them: a Russian reader reads the demo in Russian, a test can still name an item in English.
import type * as Y from 'yjs';
import { addAction, updateAction } from '../../../plan/action';
import { addActor } from '../../../plan/actor';
import { addComment } from '../../../plan/comment';
import { connect } from '../../../plan/edge';
import { addIndicator } from '../../../plan/indicator';
import { addLine } from '../../../plan/line';
import { linkNode } from '../../../plan/links';
import { addNode } from '../../../plan/node';
import { addObjective } from '../../../plan/objective';
import { initPlan, updateStrategy } from '../../../plan/plan';
import { addFundingLine, removeFundingLine } from '../../../plan/funding';
import { wholeLineId } from '../../../plan/funding-id';
import { demoFunding } from './funding';
import { addProject } from '../../../plan/project';
import { addStage, STAGE_COLUMN_WIDTH } from '../../../plan/stage';
import type { ActorKind, EdgeKind, Frequency, FundingSource, ProjectStatus } from '../../../plan/types';

/** The Russian and Kazakh of one English text of a demo plan. */
export type Translation = { ru?: string; kk?: string };

/** [key, name, kind, stage key, cluster member]: each actor gets one node in its stage's column. */
export type DemoActor = [string, string, ActorKind, string, boolean?];
/** [from actor key, to actor key, kind, label]. */
export type DemoFlow = [string, string, EdgeKind, string?];
/** [title, owner, due date]. */
export type DemoAction = [string, string, string];

/** A demo plan written as data. */
export type DemoPlan = {
	id: string;
	title: string;
	vision: string;
	mission: string;
	stages: [string, string][];
	actors: DemoActor[];
	flows: DemoFlow[];
	lines: { title: string; objectives: { key: string; title: string; actions: DemoAction[] }[] }[];
	projects: {
		key: string;
		title: string;
		description: string;
		lead: string;
		partners: string[];
		budget: number;
		funding: FundingSource;
		start: string;
		end: string;
		status: ProjectStatus;
		priority: number;
		objectives: string[];
	}[];
	indicators: {
		name: string;
		unit: string;
		baseline: number;
		baselineYear: number;
		targets: Record<string, number>;
		frequency: Frequency;
		/** A level (members, certified firms, a price): the latest value is the figure, not a sum. */
		cumulative?: boolean;
		source: string;
		responsible: string;
		/** An objective or project key. */
		link: string;
	}[];
	/** [actor key, `o:<objective key>` or `p:<project key>`]: the plan items that address a node. */
	links?: [string, string][];
	/**
	 * Russian and Kazakh of the plan's English texts, keyed by the English text. A text with
	 * languages (titles, names, stages, units, descriptions) gets those given; a one-language field
	 * (an owner, a source, a flow's label, a comment) is written in Russian when it has one.
	 */
	translations?: Record<string, Translation>;
	/** Descriptions of objectives by key, in English. */
	descriptions?: Record<string, string>;
	/** Assumptions and risks of objectives by key, in English: the logframe's last column. */
	assumptions?: Record<string, string>;
	/** [anchor id (`n-<actor key>`, `o-<objective key>`, `p-<project key>`), author, text]. */
	comments?: [string, string, string][];
};

const ROW = 110;

/**
 * Links each demo action to the projects serving its objective and to the indicators measuring it,
 * so the strategy shows what carries each action out and how it is measured.
 */
function linkActions(doc: Y.Doc, plan: DemoPlan): void {
	for (const line of plan.lines) {
		for (const objective of line.objectives) {
			const projectIds = plan.projects
				.filter((project) => project.objectives.includes(objective.key))
				.map((project) => `p-${project.key}`);
			const indicatorIds = plan.indicators
				.map((indicator, index) => [indicator.link, `i-${index + 1}`] as const)
				.filter(([link]) => link === objective.key)
				.map(([, id]) => id);
			objective.actions.forEach((_, index) =>
				updateAction(doc, `x-${objective.key}-${index + 1}`, {
					projectIds: index === 0 ? projectIds : [],
					indicatorIds
				})
			);
		}
	}
}

/** Builds `plan` into an empty document through the plan operations. */
export function buildPlan(doc: Y.Doc, plan: DemoPlan): void {
	const text = (en: string) => ({ en, ...plan.translations?.[en] });
	// A field with one language is written as the cluster writes: in Russian.
	const russian = (en: string) => plan.translations?.[en]?.ru ?? en;
	initPlan(doc, { id: plan.id, title: text(plan.title) });
	updateStrategy(doc, { vision: text(plan.vision), mission: text(plan.mission) });
	plan.stages.forEach(([key, title]) => addStage(doc, { id: `s-${key}`, title: text(title) }));
	const column = new Map(plan.stages.map(([key], index) => [key, index]));
	const rows = new Map<string, number>();
	for (const [key, name, kind, stage, member] of plan.actors) {
		addActor(doc, { id: `a-${key}`, name: text(name), kind, member: member ?? false });
		const row = rows.get(stage) ?? 0;
		rows.set(stage, row + 1);
		const x = (column.get(stage) ?? 0) * STAGE_COLUMN_WIDTH;
		addNode(doc, { id: `n-${key}`, actorId: `a-${key}`, stageId: `s-${stage}`, x, y: row * ROW });
	}
	plan.flows.forEach(([from, to, kind, label], index) =>
		connect(doc, {
			id: `e-${index + 1}`,
			source: `n-${from}`,
			target: `n-${to}`,
			kind,
			label: label === undefined ? undefined : russian(label)
		})
	);
	plan.lines.forEach((line, lineIndex) => {
		const lineId = addLine(doc, { id: `l-${lineIndex + 1}`, title: text(line.title) });
		for (const objective of line.objectives) {
			const objectiveId = addObjective(doc, {
				id: `o-${objective.key}`,
				lineId,
				title: text(objective.title),
				description: text(plan.descriptions?.[objective.key] ?? ''),
				assumptions: text(plan.assumptions?.[objective.key] ?? '')
			});
			objective.actions.forEach(([title, owner, dueDate], index) =>
				addAction(doc, {
					id: `x-${objective.key}-${index + 1}`,
					objectiveId,
					title: text(title),
					owner: russian(owner),
					dueDate
				})
			);
		}
	});
	for (const { key, lead, partners, funding, objectives, ...project } of plan.projects) {
		addProject(doc, {
			...project,
			title: text(project.title),
			description: text(project.description),
			id: `p-${key}`,
			leadActorId: `a-${lead}`,
			partnerIds: partners.map((partner) => `a-${partner}`),
			fundingSource: funding,
			objectiveIds: objectives.map((objective) => `o-${objective}`)
		});
	}
	for (const [key, lines] of Object.entries(demoFunding[plan.id] ?? {})) {
		const projectId = `p-${key}`;
		const budget = plan.projects.find((project) => project.key === key)?.budget;
		const sum = lines.reduce((total, line) => total + (line.amount ?? 0), 0);
		if (sum !== budget)
			throw new Error(`demo: the lines of ${plan.id} ${key} add up to ${sum}, not ${budget}`);
		removeFundingLine(doc, wholeLineId(projectId));
		lines.forEach((line, index) => addFundingLine(doc, { ...line, id: `f-${key}-${index + 1}`, projectId }));
	}
	for (const [actor, item] of plan.links ?? []) {
		linkNode(doc, `n-${actor}`, `${item[0]}-${item.slice(2)}`);
	}
	plan.indicators.forEach(({ link, ...indicator }, index) => {
		const isObjective = plan.lines.some((line) =>
			line.objectives.some((objective) => objective.key === link)
		);
		addIndicator(doc, {
			...indicator,
			name: text(indicator.name),
			unit: text(indicator.unit),
			source: russian(indicator.source),
			responsible: russian(indicator.responsible),
			id: `i-${index + 1}`,
			code: `I${index + 1}`,
			// Objectives are measured by their outcomes, projects by what they deliver.
			level: isObjective ? 'outcome' : 'output',
			linkId: isObjective ? `o-${link}` : `p-${link}`
		});
	});
	linkActions(doc, plan);
	(plan.comments ?? []).forEach(([anchorId, author, text], index) =>
		addComment(doc, {
			id: `c-${index + 1}`,
			anchorId,
			author,
			text: russian(text),
			createdAt: '2018-11-20T09:00:00.000Z'
		})
	);
}
