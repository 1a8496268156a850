import { describe, expect, it } from 'vitest';
import { binProblem } from '../../../src/lib/registry/bin';
import { isAcceptingApplications } from '../../../src/lib/selection/call';
import { rankApplications, reserveSize } from '../../../src/lib/selection/ranking';
import { demoClusters } from '../../../src/lib/server/demo/clusters';
import { demoParticipants } from '../../../src/lib/server/demo/participants';
import { REGIONS, SECTORS } from '../../../src/lib/server/demo/selection/application-entry';
import { history2017 } from '../../../src/lib/server/demo/selection/history-2017';
import { openCall } from '../../../src/lib/server/demo/selection/open-call';

const PANEL = ['kidi-reviewer', 'consultant-1', 'consultant-2'];
const history = history2017(PANEL, 'the-applicant');
const { call, applications, sheets } = history;

const count = <T extends string>(values: T[]) =>
	values.reduce<Record<string, number>>(
		(counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }),
		{}
	);

describe('the demo’s 2017 call', () => {
	it('is published with the Commission’s decision, taking applications from 10 April to 8 June 2017', () => {
		expect(call.state).toBe('published');
		expect(call.decision).toEqual({ date: '2017-08-11', protocol: '3' });
		expect(call.opensAt).toBe('2017-04-10T03:00:00.000Z');
		expect(call.closesAt).toBe('2017-06-08T12:00:00.000Z');
		expect(call.evaluators).toEqual(PANEL);
		expect(call.seats).toBe(6);
		expect(call.requirements.length).toBeGreaterThanOrEqual(3);
		expect(call.criteria.map((criterion) => criterion.scale)).toEqual([10, 10, 10, 10, 10, 10]);
		for (const criterion of call.criteria)
			for (const text of [criterion.area, criterion.title, criterion.guide])
				expect(Object.values(text).every((each) => each !== '')).toBe(true);
	});

	it('has the 21 applications from eleven regions as the ministry counted them, in the sectors KIDI found', () => {
		expect(applications).toHaveLength(21);
		expect(count(applications.map((application) => application.region))).toEqual({
			[REGIONS.almatyCity]: 4,
			[REGIONS.southKazakhstan]: 1,
			[REGIONS.akmola]: 2,
			[REGIONS.eastKazakhstan]: 3,
			[REGIONS.mangystau]: 1,
			[REGIONS.kostanay]: 2,
			[REGIONS.pavlodar]: 3,
			[REGIONS.karaganda]: 2,
			[REGIONS.almatyRegion]: 1,
			[REGIONS.westKazakhstan]: 1,
			[REGIONS.zhambyl]: 1
		});
		const sectors: string[] = Object.values(SECTORS);
		for (const application of applications) expect(sectors).toContain(application.sector);
		expect(new Set(applications.map((application) => application.sector)).size).toBe(sectors.length);
	});

	it('holds applications submitted inside the window, with valid BINs, a value chain and an answer to every criterion', () => {
		const bins = new Set<string>();
		for (const application of applications) {
			expect(application.submittedAt! >= call.opensAt! && application.submittedAt! < call.closesAt!).toBe(
				true
			);
			expect(application.enterprises.length).toBeGreaterThanOrEqual(2);
			for (const enterprise of application.enterprises) {
				expect(binProblem(enterprise.bin!), enterprise.name).toBeNull();
				bins.add(enterprise.bin!);
			}
			expect(application.valueChain.stages.length).toBeGreaterThan(0);
			expect(application.valueChain.firms.map((firm) => firm.bin)).toEqual(
				application.enterprises.map((enterprise) => enterprise.bin)
			);
			expect(Object.keys(application.answers)).toEqual(call.criteria.map((criterion) => criterion.id));
			expect(application.coordinator).not.toBe('');
			for (const lang of ['ru', 'en'] as const) expect(application.name[lang]).not.toBe('');
		}
		// No two firms share a BIN, across the applications.
		const total = applications.reduce((sum, application) => sum + application.enterprises.length, 0);
		expect(bins.size).toBe(total);
	});

	it('rejects three on the formal check with a reason for each failed requirement, and gives every requirement a verdict', () => {
		for (const application of applications) {
			expect(application.formalCheck?.requirements.map((verdict) => verdict.id)).toEqual(
				call.requirements.map((requirement) => requirement.id)
			);
		}
		const rejected = applications.filter((application) => application.state === 'rejected');
		expect(rejected).toHaveLength(3);
		for (const application of rejected) {
			const failed = application.formalCheck!.requirements.filter((verdict) => !verdict.met);
			expect(failed.length).toBeGreaterThan(0);
			for (const verdict of failed) expect(verdict.reason).not.toBe('');
		}
		expect(
			sheets.some((sheet) => rejected.some((application) => application.id === sheet.applicationId))
		).toBe(false);
	});

	it('has the 18 others scored by all three evaluators, each sheet submitted with a score and a comment per criterion', () => {
		const scored = applications.filter((application) => application.state !== 'rejected');
		expect(scored).toHaveLength(18);
		for (const application of scored) {
			const own = sheets.filter((sheet) => sheet.applicationId === application.id);
			expect(own.map((sheet) => sheet.evaluatorId)).toEqual(PANEL);
			expect(history.assignments.find((each) => each.applicationId === application.id)?.evaluatorIds).toEqual(
				PANEL
			);
			for (const sheet of own) {
				expect(sheet.conflict).toBe(false);
				expect(sheet.declaredAt <= sheet.submittedAt!).toBe(true);
				expect(sheet.declaredAt > call.closesAt!).toBe(true);
				expect(sheet.submittedAt! < '2017-08-11').toBe(true);
				for (const criterion of call.criteria) {
					const score = sheet.scores[criterion.id]!;
					expect(Number.isInteger(score.score) && score.score >= 0 && score.score <= 10).toBe(true);
					expect(score.comment).not.toBe('');
				}
			}
		}
	});

	it('chose the six pilots, which rank best, kept three in reserve and flagged a disputed application', () => {
		const ranking = rankApplications(call, applications, sheets);
		const pilots = demoClusters.map((cluster) => `a2017-${cluster.id}`);
		expect(
			ranking
				.slice(0, 6)
				.map((row) => row.applicationId)
				.sort()
		).toEqual([...pilots].sort());
		expect(ranking.slice(0, 6).every((row) => row.passes && row.decision === 'chosen')).toBe(true);
		expect(ranking.filter((row) => row.decision === 'reserve')).toHaveLength(reserveSize(6));
		expect(ranking.slice(6, 9).every((row) => row.decision === 'reserve' && row.passes)).toBe(true);
		expect(ranking.slice(9).every((row) => row.decision === 'not_chosen')).toBe(true);
		expect(ranking.some((row) => row.disputed)).toBe(true);
		const chosen = applications.filter((application) => application.state === 'chosen');
		expect(chosen.map((application) => application.clusterId).sort()).toEqual(
			demoClusters.map((cluster) => cluster.id).sort()
		);
		expect(applications.filter((application) => application.clusterId !== null)).toHaveLength(6);
	});

	it('lists in a pilot’s application the registry’s firms that joined on the day it applied', () => {
		const flour = applications.find((application) => application.id === 'a2017-flour-kostanay')!;
		const joined = demoParticipants['flour-kostanay']!.filter(
			(participant) => participant.joinedAt === flour.submittedAt!.slice(0, 10)
		);
		expect(flour.enterprises.map((enterprise) => enterprise.bin)).toEqual(joined.map((p) => p.bin));
	});

	it('belongs, for the Burabay group only, to the demo’s applicant', () => {
		expect(
			applications
				.filter((application) => application.applicantId !== null)
				.map((application) => application.id)
		).toEqual(['a2017-tourism-burabay']);
		expect(applications.find((application) => application.applicantId)?.applicantId).toBe('the-applicant');
	});
});

describe('the demo’s open call', () => {
	const now = Date.parse('2031-03-14T09:26:53.589Z');
	const open = openCall(PANEL, now);

	it('opened the day before the seed and closes sixty days after it', () => {
		expect(open.state).toBe('open');
		expect(open.opensAt).toBe('2031-03-13T09:00:00.000Z');
		expect(open.closesAt).toBe('2031-05-13T09:00:00.000Z');
		expect(isAcceptingApplications(open, now)).toBe(true);
		expect(open.evaluators).toEqual(PANEL);
	});
});
