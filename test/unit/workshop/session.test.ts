// Running a workshop on the plan document: start, agenda, the shared timer, follow me, attendance
// and the end.
import { describe, expect, it } from 'vitest';
import { recordAttendee, remainingMs, runningWorkshop, readWorkshops } from '../../../src/lib/plan/workshop';
import { facilitator, member, op, refusalCode, started, workshopPlan } from './fixture';

const t0 = 1_700_000_000_000;

describe('workshop session', () => {
	it('starts with its agenda, columns and the facilitator as first attendee', () => {
		const w = runningWorkshop(started())!;
		expect(w.title).toBe('Strategy workshop');
		expect(w.agenda.map((s) => [s.title, s.minutes, s.page, s.order])).toEqual([
			['Value chain', 20, 'map', 1],
			['Ideas', 30, 'board', 2],
			['Projects', 15, 'projects', 3]
		]);
		expect(w.columns.map((c) => [c.title, c.lineId])).toEqual([
			['Strengths', null],
			['Ideas for markets', 'l1']
		]);
		expect(w.attendees.map((a) => [a.name, a.role])).toEqual([['Aigerim S.', 'facilitator']]);
		expect(w.timer).toEqual({ stepId: null, startedAt: null, elapsed: 0 });
		expect(w.follow).toEqual({ on: false, by: null });
	});

	it('refuses a second workshop while one runs, and bad agendas and columns before writing', () => {
		const doc = started();
		expect(refusalCode(() => op(doc, facilitator, 'start', { title: 'x', columns: [{ title: 'A' }] }))).toBe(
			'workshop_running'
		);
		const fresh = workshopPlan();
		const bad = (args: Record<string, unknown>) => refusalCode(() => op(fresh, facilitator, 'start', args));
		expect(bad({ title: '', columns: [{ title: 'A' }] })).toBe('required');
		expect(bad({ title: 'W', columns: [] })).toBe('required');
		expect(bad({ title: 'W', columns: [{ title: 'A', lineId: 'nope' }] })).toBe('dangling_link');
		expect(
			bad({ title: 'W', columns: [{ title: 'A' }], agenda: [{ title: 'S', minutes: 0, page: 'map' }] })
		).toBe('invalid_number');
		expect(
			bad({ title: 'W', columns: [{ title: 'A' }], agenda: [{ title: 'S', minutes: 5, page: 'kitchen' }] })
		).toBe('invalid_value');
		expect(readWorkshops(fresh)).toEqual([]);
	});

	it('runs the shared timer: start, pause, resume, add a minute, next step, reset', () => {
		const doc = started();
		const steps = () => runningWorkshop(doc)!.agenda;
		const timer = () => runningWorkshop(doc)!.timer;
		const left = (now: number) => {
			const w = runningWorkshop(doc)!;
			return remainingMs(
				w.timer,
				w.agenda.find((s) => s.id === w.timer.stepId),
				now
			);
		};
		op(doc, facilitator, 'timer', { action: 'start' }, t0);
		expect(timer().stepId).toBe(steps()[0]!.id);
		expect(left(t0 + 60_000)).toBe(19 * 60_000);
		op(doc, facilitator, 'timer', { action: 'pause' }, t0 + 120_000);
		expect(left(t0 + 999_000)).toBe(18 * 60_000);
		op(doc, facilitator, 'timer', { action: 'start' }, t0 + 200_000);
		expect(left(t0 + 260_000)).toBe(17 * 60_000);
		op(doc, facilitator, 'timer', { action: 'add', minutes: 1 }, t0 + 260_000);
		expect(steps()[0]!.minutes).toBe(21);
		expect(left(t0 + 260_000 + 20 * 60_000)).toBe(-2 * 60_000);
		op(doc, facilitator, 'step', { stepId: steps()[1]!.id }, t0 + 300_000);
		expect(timer()).toEqual({ stepId: steps()[1]!.id, startedAt: t0 + 300_000, elapsed: 0 });
		op(doc, facilitator, 'timer', { action: 'reset' }, t0 + 400_000);
		expect(left(t0 + 500_000)).toBe(30 * 60_000);
		expect(refusalCode(() => op(doc, facilitator, 'step', { stepId: 'nope' }))).toBe('not_found');
	});

	it('replaces the agenda keeping the ids of steps it names, and the current step with them', () => {
		const doc = started();
		const [first, second] = runningWorkshop(doc)!.agenda;
		op(doc, facilitator, 'step', { stepId: second!.id });
		op(doc, facilitator, 'agenda', {
			agenda: [
				{ id: second!.id, title: 'Ideas, longer', minutes: 40, page: 'board' },
				{ title: 'Wrap-up', minutes: 5, page: 'strategy' }
			]
		});
		const w = runningWorkshop(doc)!;
		expect(w.agenda.map((s) => s.title)).toEqual(['Ideas, longer', 'Wrap-up']);
		expect(w.agenda[0]!.id).toBe(second!.id);
		expect(w.agenda.some((s) => s.id === first!.id)).toBe(false);
		expect(w.timer.stepId).toBe(second!.id);
	});

	it('turns follow me on with its leader and off', () => {
		const doc = started();
		op(doc, facilitator, 'follow', { on: true });
		expect(runningWorkshop(doc)!.follow).toEqual({ on: true, by: facilitator.id });
		op(doc, facilitator, 'follow', { on: false });
		expect(runningWorkshop(doc)!.follow).toEqual({ on: false, by: null });
		expect(refusalCode(() => op(doc, facilitator, 'follow', { on: 'yes' }))).toBe('invalid_value');
	});

	it('records each attendee once, only while a workshop runs', () => {
		const doc = workshopPlan();
		expect(recordAttendee(doc, member, t0)).toBe(false);
		started(doc);
		expect(recordAttendee(doc, member, t0)).toBe(true);
		expect(recordAttendee(doc, member, t0 + 5)).toBe(false);
		expect(runningWorkshop(doc)!.attendees.map((a) => a.id)).toEqual([facilitator.id, member.id]);
	});

	it('ends: the timer stops where it was, follow me is off, and nothing more can change', () => {
		const doc = started();
		op(doc, facilitator, 'timer', { action: 'start' }, t0);
		op(doc, facilitator, 'follow', { on: true });
		expect(op(doc, facilitator, 'end', {}, t0 + 90_000)).toMatchObject({ title: 'Strategy workshop' });
		expect(runningWorkshop(doc)).toBeNull();
		const [ended] = readWorkshops(doc);
		expect(ended!.state).toBe('ended');
		expect(ended!.timer).toMatchObject({ startedAt: null, elapsed: 90_000 });
		expect(ended!.follow.on).toBe(false);
		expect(
			refusalCode(() => op(doc, member, 'addNote', { columnId: ended!.columns[0]!.id, text: 'late' }))
		).toBe('workshop_ended');
		expect(refusalCode(() => op(doc, facilitator, 'end'))).toBe('workshop_ended');
		// A new workshop may start once the last one ended; both are kept, newest first.
		op(doc, facilitator, 'start', { title: 'Second', columns: [{ title: 'A' }] }, t0 + 100_000);
		expect(readWorkshops(doc).map((w) => [w.title, w.state])).toEqual([
			['Second', 'running'],
			['Strategy workshop', 'ended']
		]);
	});
});
