import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as P from '../../../src/lib/plan';
import { binProblem } from '../../../src/lib/registry/bin';
import { countsAsOf, isParticipantOn } from '../../../src/lib/registry/counts';
import { demoClusters } from '../../../src/lib/server/demo/clusters';
import { demoPlans } from '../../../src/lib/server/demo/plans';
import { demoParticipants, demoProfiles } from '../../../src/lib/server/demo/participants';

/** The programme's report: participants of the six pilot clusters on 1 January 2019. */
const REPORTED: Record<string, number> = {
	'furniture-almaty': 24,
	'milk-akmola': 25,
	'flour-kostanay': 16,
	'pharma-south-kazakhstan': 15,
	'tourism-almaty-region': 58,
	'construction-karaganda': 28
};

function planOf(clusterId: string): P.PlanData {
	const build = demoPlans[clusterId];
	if (!build) throw new Error(`no demo plan for ${clusterId}`);
	const doc = new Y.Doc();
	build(doc);
	return P.snapshot(doc);
}

const plans = new Map(demoClusters.map((cluster) => [cluster.id, planOf(cluster.id)]));
const everyone = Object.values(demoParticipants).flat();
const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

describe('demo participants of the six pilot clusters', () => {
	it('are written for exactly the six demo clusters', () => {
		const ids = demoClusters.map((cluster) => cluster.id).sort();
		expect(Object.keys(demoParticipants).sort()).toEqual(ids);
		expect(Object.keys(demoProfiles).sort()).toEqual(ids);
	});

	it('number 166 on 1 January 2019, as many in each cluster as the programme reported', () => {
		const all = Object.entries(demoParticipants).flatMap(([clusterId, participants]) =>
			participants.map((participant) => ({ ...participant, clusterId }))
		);
		const counts = countsAsOf(all, '2019-01-01');
		expect(counts.total).toBe(166);
		expect(Object.fromEntries(counts.byCluster.map(({ clusterId, count }) => [clusterId, count]))).toEqual(
			REPORTED
		);
		for (const cluster of demoClusters) expect(REPORTED[cluster.id], cluster.id).toBe(cluster.memberFirms);
		// Some joined or left since, so a count on a later date differs.
		expect(everyone.some((participant) => participant.joinedAt > '2019-01-01')).toBe(true);
		expect(
			everyone.some(
				(participant) => isParticipantOn(participant, '2019-01-01') && participant.leftAt !== null
			)
		).toBe(true);
		expect(countsAsOf(all, '2022-12-31').total).not.toBe(166);
	});

	it('have valid BINs of resident legal entities, none used twice, cluster organisations included', () => {
		const organisations = Object.values(demoProfiles).flatMap((profile) =>
			profile.bin ? [profile.bin] : []
		);
		const bins = [...everyone.map((participant) => participant.bin), ...organisations];
		for (const bin of bins) {
			expect(binProblem(bin), bin).toBeNull();
			// Year and month of registration, a resident legal entity's head office (0) or branch (1).
			expect(bin, bin).toMatch(/^\d{2}(0[1-9]|1[0-2])4[01]\d{6}$/);
		}
		expect(new Set(bins).size).toBe(bins.length);
	});

	it('were registered before they joined, and left (when they did) after they joined', () => {
		for (const participant of everyone) {
			const { bin, joinedAt, leftAt } = participant;
			expect(joinedAt, bin).toMatch(isoDate);
			expect(`20${bin.slice(0, 2)}-${bin.slice(2, 4)}` <= joinedAt.slice(0, 7), bin).toBe(true);
			if (leftAt !== null) {
				expect(leftAt, bin).toMatch(isoDate);
				expect(leftAt > joinedAt, bin).toBe(true);
			}
		}
	});

	it('sit in stages of their own cluster’s plan', () => {
		for (const [clusterId, participants] of Object.entries(demoParticipants)) {
			const stageIds = new Set(plans.get(clusterId)?.map.stages.map((stage) => stage.id));
			expect(stageIds.size, clusterId).toBeGreaterThan(0);
			for (const { stageId, name } of participants) {
				if (stageId !== null) expect(stageIds.has(stageId), `${clusterId}: ${name.en}`).toBe(true);
			}
		}
	});

	it('that are a map actor name one firm or institution of their own plan, by its names and stage, once', () => {
		let matched = 0;
		for (const [clusterId, participants] of Object.entries(demoParticipants)) {
			const plan = plans.get(clusterId);
			const actors = new Map(plan?.actors.map((actor) => [actor.id, actor]));
			const stageOf = new Map(plan?.map.nodes.map((node) => [node.actorId, node.stageId]));
			const actorIds = participants.flatMap((participant) =>
				participant.actorId ? [participant.actorId] : []
			);
			expect(new Set(actorIds).size, clusterId).toBe(actorIds.length);
			for (const participant of participants.filter((candidate) => candidate.actorId !== undefined)) {
				const actor = actors.get(participant.actorId!);
				expect(actor, `${clusterId}: ${participant.actorId}`).toBeDefined();
				expect(['firm', 'institution']).toContain(actor?.kind);
				expect(participant.name.en).toBe(actor?.name.en);
				expect(participant.name).toEqual(actor?.name);
				expect(participant.stageId).toBe(stageOf.get(participant.actorId!));
				matched += 1;
			}
		}
		expect(matched).toBeGreaterThanOrEqual(30);
	});

	it('are named in Russian, Kazakh and English, with a plausible size and a contact', () => {
		for (const participant of everyone) {
			const { name, employees, kind, locality, region, contact } = participant;
			for (const text of [name.ru, name.kk, name.en, locality, region, contact]) {
				expect(text.trim(), name.en).not.toBe('');
			}
			expect(/[а-яё]/i.test(name.ru), name.ru).toBe(true);
			// Written in Russian, as the registry's one-language fields are.
			for (const place of [region, locality]) expect(/[а-яё]/i.test(place), place).toBe(true);
			if (employees !== null) {
				expect(Number.isInteger(employees) && employees >= 0, name.en).toBe(true);
				// Kazakhstan counts a firm of 250 or more as large.
				if (kind === 'sme') expect(employees, name.en).toBeLessThan(250);
				if (kind === 'large') expect(employees, name.en).toBeGreaterThanOrEqual(250);
			}
		}
	});

	it('sit in their cluster’s region, but for the few national bodies that work from elsewhere', () => {
		const elsewhere = Object.entries(demoParticipants).flatMap(([clusterId, participants]) => {
			const region = demoClusters.find((cluster) => cluster.id === clusterId)?.region.ru;
			return participants.filter((participant) => participant.region !== region);
		});
		expect(elsewhere.every((participant) => participant.kind !== 'sme')).toBe(true);
		expect(elsewhere.length).toBeLessThanOrEqual(6);
	});
});

describe('demo cluster profiles', () => {
	it('give the pharmaceutical and milk clusters an organisation since 2019, the others none yet', () => {
		for (const [clusterId, profile] of Object.entries(demoProfiles)) {
			const organised = clusterId === 'pharma-south-kazakhstan' || clusterId === 'milk-akmola';
			expect(profile.hasOrganisation, clusterId).toBe(organised);
			if (organised) {
				expect(profile.since, clusterId).toMatch(/^2019-/);
				expect(profile.bin, clusterId).not.toBeNull();
				expect(profile.legalForm, clusterId).not.toBe('');
				for (const text of Object.values(profile.name)) expect(text, clusterId).not.toBe('');
				const { fees, public: publicShare, other } = profile.funding;
				expect(fees + publicShare + other, clusterId).toBe(100);
			} else {
				expect(profile.since, clusterId).toBeNull();
				expect(profile.bin, clusterId).toBeNull();
				expect(profile.funding, clusterId).toEqual({ fees: 0, public: 0, other: 0 });
			}
		}
	});

	it('have only members of an organised cluster in its organisation, and those still in the cluster', () => {
		for (const [clusterId, participants] of Object.entries(demoParticipants)) {
			const inside = participants.filter((participant) => participant.inOrganisation);
			expect(inside.length > 0, clusterId).toBe(demoProfiles[clusterId]?.hasOrganisation);
			expect(
				inside.every((participant) => participant.leftAt === null),
				clusterId
			).toBe(true);
		}
	});
});
