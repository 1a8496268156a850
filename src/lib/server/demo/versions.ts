// Demo versions, so the Versions tab and the reviewers' queue have something to show on first start:
// the furniture plan was approved; the tourism plan's first draft came back from KIDI with changes
// requested, and its second, changed after that review, waits in the reviewers' queue (so its diff
// has something to show); the pharmaceutical plan has a draft. The flour, milk and construction
// plans start without versions (the e2e suite uses them).
import { eq } from 'drizzle-orm';
import type * as Y from 'yjs';
import type { Db } from '../db';
import { loadActor } from '../authz/actor';
import { getPlan } from '../plans';
import { saveVersion } from '../versions/store';
import { changePlanDocument } from '../plans/document';
import * as P from '../../plan';
import { stepVersion } from '../versions/review';

type DemoVersion = {
	planId: string;
	label: string;
	note: string;
	saved: number;
	steps: {
		by: 'demo-admin' | 'demo-reviewer';
		step: 'submit' | 'approve' | 'request_changes';
		at: number;
		comment?: string;
	}[];
	/** What the cluster changed in the live plan after this version, before the next. */
	then?: (doc: Y.Doc) => void;
};

const demoVersions: DemoVersion[] = [
	{
		planId: 'furniture-almaty',
		label: 'Plan adopted by the cluster council',
		note: 'After the strategy workshop of March 2023.',
		saved: Date.UTC(2023, 2, 24, 10),
		steps: [
			{ by: 'demo-admin', step: 'submit', at: Date.UTC(2023, 2, 27, 9) },
			{ by: 'demo-reviewer', step: 'approve', at: Date.UTC(2023, 3, 6, 11) }
		]
	},
	{
		planId: 'tourism-almaty-region',
		label: 'Первый проект плана',
		note: 'После семинара по цепочке создания стоимости.',
		saved: Date.UTC(2023, 3, 20, 10),
		steps: [
			{ by: 'demo-admin', step: 'submit', at: Date.UTC(2023, 3, 21, 9) },
			{
				by: 'demo-reviewer',
				step: 'request_changes',
				at: Date.UTC(2023, 4, 3, 11),
				comment: 'Уточните бюджеты проектов и цель по числу туристов на 2025 год.'
			}
		],
		then: reviseTourismPlan
	},
	{
		planId: 'tourism-almaty-region',
		label: 'Проект для рассмотрения КИРИ',
		note: 'Бюджеты и показатели согласованы с акиматом.',
		saved: Date.UTC(2023, 4, 15, 10),
		steps: [{ by: 'demo-admin', step: 'submit', at: Date.UTC(2023, 4, 16, 9) }]
	},
	{
		planId: 'pharma-south-kazakhstan',
		label: 'Working draft',
		note: '',
		saved: Date.UTC(2023, 5, 2, 15),
		steps: []
	}
];

/**
 * What the tourism cluster changed after KIDI's review of its first draft: the budgets and status of
 * its first projects, a new project, the 2025 target of its first indicator, an objective reworded,
 * two firms moved on the map and one flow removed. Chosen by position, so it holds whatever the
 * demo plan's own ids are.
 */
function reviseTourismPlan(doc: Y.Doc): void {
	const plan = P.snapshot(doc);
	const [first, second] = plan.projects;
	// A budget is the sum of its lines: each line grows or shrinks by the same share.
	const scale = (project: P.Project, factor: number) =>
		project.funding.forEach((line) =>
			P.updateFundingLine(doc, line.id, { amount: Math.round(line.amount * factor) })
		);
	if (first) {
		scale(first, 1.25);
		P.updateProject(doc, first.id, { status: 'approved' });
	}
	if (second) scale(second, 0.9);
	const objective = plan.strategy.lines[0]?.objectives[0];
	if (objective)
		P.addProject(doc, {
			title: {
				ru: 'Единый туристический портал региона',
				kk: 'Өңірдің бірыңғай туристік порталы',
				en: 'One tourism portal for the region'
			},
			budget: 45_000_000,
			fundingSource: 'state_support',
			objectiveIds: [objective.id],
			start: '2024-01-01',
			end: '2025-06-30'
		});
	if (objective)
		P.updateObjective(doc, objective.id, {
			title: { ru: `${objective.title.ru || objective.title.en} к 2025 году` }
		});
	const indicator = plan.indicators.find((i) => i.formula === null && i.targets['2025'] !== undefined);
	if (indicator) P.setIndicatorTarget(doc, indicator.id, 2025, Math.round(indicator.targets['2025']! * 1.1));
	const moved = plan.map.nodes.slice(0, 2).map((node) => ({ id: node.id, x: node.x + 60, y: node.y + 20 }));
	if (moved.length) P.moveNodes(doc, moved);
	const edge = plan.map.edges.at(-1);
	if (edge) P.removeEdge(doc, edge.id);
}

async function actorNamed(db: Db, username: string) {
	const { users } = db.tables;
	const [user] = await db.select().from(users).where(eq(users.username, username)).limit(1);
	return user ? loadActor(db, user) : null;
}

/** Saves the demo versions and takes them through their review steps. */
export async function seedDemoVersions(db: Db): Promise<void> {
	for (const version of demoVersions) {
		const plan = await getPlan(db, version.planId);
		const admin = await actorNamed(db, 'demo-admin');
		const reviewer = await actorNamed(db, 'demo-reviewer');
		if (!plan || !admin || !reviewer) continue;
		const saved = await saveVersion(db, admin, plan, version, version.saved);
		for (const { by, step, at, comment } of version.steps) {
			await stepVersion(db, by === 'demo-admin' ? admin : reviewer, plan, saved.id, { step, comment }, at);
		}
		if (version.then) await changePlanDocument(db, plan.id, version.then);
	}
}
