// KIDI's proposals to the ministry: a measure of the catalogue not yet in force, with the projects
// it would let start. A reviewer drafts one from the projects waiting for it; drafting again
// replaces the list. The money each project waits for is read from its plan when shown.
import { eq } from 'drizzle-orm';
import { Refusal, refusals } from '../../refusal';
import type { Project } from '../../plan';
import { checkProposal, type ProposalView } from '../../measures/proposal';
import { localized } from '../../registry/fields';
import type { AppUser } from '../authz/actor';
import { can } from '../authz/can';
import { audit } from '../audit';
import { allClusters } from '../clusters';
import type { Db } from '../db';
import { getPlan } from '../plans';
import { readPlan } from '../plans/document';
import { readMeasure, readMeasures } from './store';

export type { ProposalView };

const refuse = (code: string, field: string, message: string) => new Refusal(400, code, message, { field });

/**
 * What `project` waits for that `measureId` would give: its support lines not yet decided that
 * name this measure, or no measure at all.
 */
export function waitingFor(project: Project, measureId: string): number {
	return project.funding
		.filter(
			(line) => line.source === 'state_support' && (line.state === 'planned' || line.state === 'applied')
		)
		.filter((line) => line.measureId === measureId || line.measureId === null)
		.reduce((sum, line) => sum + line.amount, 0);
}

type PlanCache = Map<string, Awaited<ReturnType<typeof readPlan>> | null>;

async function planOf(db: Db, planId: string, clusterId: string, cache: PlanCache) {
	if (!cache.has(planId)) {
		const plan = await getPlan(db, planId);
		cache.set(planId, plan && plan.clusterId === clusterId ? await readPlan(db, plan) : null);
	}
	return cache.get(planId) ?? null;
}

/** Drafts (or redrafts) the proposal of a measure; KIDI only. */
export async function draftProposal(
	db: Db,
	user: AppUser,
	body: unknown,
	now: number
): Promise<ProposalView> {
	if (!can(user, 'measure.manage')) throw refusals.forbidden('Only KIDI proposes measures to the ministry');
	const input = checkProposal(body);
	const measure = await readMeasure(db, input.measureId);
	if (!measure) throw refuse('unknown_measure', 'measureId', 'The catalogue has no measure with this id');
	if (measure.status === 'in_force')
		throw refuse('measure_in_force', 'measureId', 'A measure in force needs no proposal');
	const cache: PlanCache = new Map();
	for (const ref of input.projects) {
		const plan = await planOf(db, ref.planId, ref.clusterId, cache);
		if (!plan?.projects.some((project) => project.id === ref.projectId))
			throw refuse('unknown_project', 'projects', `No project ${ref.projectId} in plan ${ref.planId}`);
	}
	const { proposals } = db.tables;
	const at = new Date(now);
	await db.transaction(async (tx) => {
		await tx
			.insert(proposals)
			.values({
				measureId: measure.id,
				projects: input.projects,
				rationale: input.rationale,
				createdBy: user.id,
				updatedAt: at
			})
			.onConflictDoUpdate({
				target: proposals.measureId,
				set: { projects: input.projects, rationale: input.rationale, updatedAt: at }
			});
		await audit(
			tx,
			{
				userId: user.id,
				action: 'measure.propose',
				target: measure.id,
				detail: { projects: input.projects.length }
			},
			now
		);
	});
	const [view] = await proposalViews(db, [measure.id]);
	return view!;
}

/** Every proposal, the newest last; KIDI only (it is their case to the ministry). */
export async function listProposals(db: Db, user: AppUser): Promise<ProposalView[]> {
	if (!can(user, 'programme.view')) throw refusals.forbidden('The proposals are for reviewers and admins');
	return proposalViews(db);
}

async function proposalViews(db: Db, only?: string[]): Promise<ProposalView[]> {
	const { proposals } = db.tables;
	const rows = only
		? await db.select().from(proposals).where(eq(proposals.measureId, only[0]!))
		: await db.select().from(proposals).orderBy(proposals.createdAt, proposals.measureId);
	const measures = new Map((await readMeasures(db)).map((measure) => [measure.id, measure]));
	const clusterNames = new Map((await allClusters(db, 'en')).map((cluster) => [cluster.id, cluster.name]));
	const cache: PlanCache = new Map();
	const views: ProposalView[] = [];
	for (const row of rows) {
		const measure = measures.get(row.measureId);
		if (!measure) continue;
		// Stored JSON is read through the same check as a body, so a hand-edited row cannot mislead.
		const input = checkProposal({
			measureId: row.measureId,
			projects: row.projects,
			rationale: row.rationale
		});
		const projects: ProposalView['projects'] = [];
		for (const ref of input.projects) {
			const plan = await planOf(db, ref.planId, ref.clusterId, cache);
			const project = plan?.projects.find((p) => p.id === ref.projectId);
			if (!project) continue; // removed from its plan since: no longer served
			const cluster =
				clusterNames.get(ref.clusterId) ?? localized({ en: ref.clusterId }, 'cluster', 300, false);
			projects.push({ ...ref, cluster, title: project.title, amount: waitingFor(project, measure.id) });
		}
		views.push({
			measure,
			rationale: input.rationale,
			projects,
			clusters: new Set(projects.map((p) => p.clusterId)).size,
			total: projects.reduce((sum, p) => sum + p.amount, 0),
			updatedAt: row.updatedAt.toISOString()
		});
	}
	return views;
}
