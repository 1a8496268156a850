// What a call must be, the steps it goes through (every pair of states, allowed or refused), what
// each step needs, and when it takes applications.
import { describe, expect, it } from 'vitest';
import {
	CALL_STATES,
	callMoves,
	checkCall,
	isAcceptingApplications,
	moveCall,
	type Call,
	type CallState
} from '$lib/selection/call';
import {
	AFTER_CLOSING,
	aCall,
	BEFORE_OPENING,
	callBody,
	CLOSES,
	OPENS,
	refusal,
	WHILE_OPEN
} from './call-2017';

const checked = (change: Record<string, unknown>) => refusal(() => checkCall({ ...callBody, ...change }));

describe('the body of a call', () => {
	it('is taken with its moments stored in UTC', () => {
		const call = checkCall(callBody);
		expect(call.opensAt).toBe(OPENS);
		expect(call.closesAt).toBe(CLOSES);
		expect(call.criteria.map((criterion) => [criterion.id, criterion.weight, criterion.scale])).toEqual([
			['potential', 3, 10],
			['cooperation', 2, 5],
			['coordinator', 1, 5]
		]);
	});

	it('may be a draft with only a title', () => {
		const draft = checkCall({ title: { kk: 'Кластерлер' } });
		expect(draft).toMatchObject({ opensAt: null, closesAt: null, passMark: null, seats: null, criteria: [] });
	});

	it('needs a title in at least one language', () => {
		expect(checked({ title: { ru: ' ', kk: '', en: '' } })).toEqual([400, 'required', 'title']);
		expect(checked({ title: 'Clusters' })).toEqual([400, 'invalid_value', 'title']);
	});

	it('refuses a key it does not have', () => {
		expect(checked({ budget: 1 })).toEqual([400, 'unknown_field', 'budget']);
	});

	it('refuses moments without a zone, impossible ones, and a close before the opening', () => {
		expect(checked({ opensAt: '2017-06-01T09:00:00' })).toEqual([400, 'invalid_timestamp', 'opensAt']);
		expect(checked({ opensAt: '2017-02-29T09:00:00Z' })).toEqual([400, 'invalid_timestamp', 'opensAt']);
		expect(checked({ closesAt: '2017-07-01T24:00:00Z' })).toEqual([400, 'invalid_timestamp', 'closesAt']);
		expect(checked({ closesAt: '2017-06-01T03:00:00Z' })).toEqual([400, 'date_order', 'closesAt']);
		// The same moment written in another zone is the same moment.
		expect(checked({ closesAt: '2017-06-01T09:00:00+06:00' })).toEqual([400, 'date_order', 'closesAt']);
	});

	it('refuses weights that are not above 0, and scales that are not whole', () => {
		const criterion = callBody.criteria[0]!;
		const criteria = (change: Record<string, unknown>) => ({ criteria: [{ ...criterion, ...change }] });
		expect(checked(criteria({ weight: 0 }))).toEqual([400, 'invalid_value', 'criteria.0.weight']);
		expect(checked(criteria({ weight: -1 }))).toEqual([400, 'invalid_value', 'criteria.0.weight']);
		expect(checked(criteria({ weight: '3' }))).toEqual([400, 'invalid_value', 'criteria.0.weight']);
		expect(checked(criteria({ weight: null }))).toEqual([400, 'required', 'criteria.0.weight']);
		expect(checked(criteria({ scale: 7.5 }))).toEqual([400, 'invalid_value', 'criteria.0.scale']);
		expect(checked(criteria({ scale: 0 }))).toEqual([400, 'invalid_value', 'criteria.0.scale']);
		expect(checkCall({ ...callBody, ...criteria({ weight: 0.5 }) }).criteria[0]!.weight).toBe(0.5);
	});

	it('refuses an id given twice, naming the second', () => {
		const [first, second] = callBody.requirements;
		const requirements = [first, second, { ...second, id: 'charter' }];
		expect(checked({ requirements })).toEqual([400, 'duplicate_id', 'requirements.2.id']);
		const criteria = [...callBody.criteria, callBody.criteria[1]];
		expect(checked({ criteria })).toEqual([400, 'duplicate_id', 'criteria.3.id']);
		expect(checked({ evaluators: ['eva', 'eva'] })).toEqual([400, 'duplicate_id', 'evaluators.1']);
		expect(checked({ evaluators: ['eva', 'not an id'] })).toEqual([400, 'invalid_value', 'evaluators.1']);
	});

	it('refuses a pass mark off 0–100, and seats that are not whole and at least 1', () => {
		expect(checked({ passMark: 101 })).toEqual([400, 'invalid_value', 'passMark']);
		expect(checked({ passMark: -1 })).toEqual([400, 'invalid_value', 'passMark']);
		expect(checked({ seats: 0 })).toEqual([400, 'invalid_value', 'seats']);
		expect(checked({ seats: 2.5 })).toEqual([400, 'invalid_value', 'seats']);
	});

	it('bounds its lists and texts', () => {
		const many = Array.from({ length: 31 }, (_, i) => ({ ...callBody.criteria[0], id: `c${i}` }));
		expect(checked({ criteria: many })).toEqual([400, 'too_many', 'criteria']);
		expect(checked({ title: { en: 'x'.repeat(301) } })).toEqual([400, 'too_long', 'title.en']);
		expect(checked({ requirements: [{ id: 'charter' }] })).toEqual([400, 'required', 'requirements.0.text']);
	});
});

// Every allowed move with `now` the move can be made at; each other pair is refused.
const ALLOWED: Record<CallState, CallState[]> = {
	draft: ['open'],
	open: ['closed'],
	closed: ['scoring'],
	scoring: ['decided'],
	decided: ['published'],
	published: []
};
const PAIRS = CALL_STATES.flatMap((from) => CALL_STATES.map((to) => [from, to] as const));

describe('the steps of a call', () => {
	it('are the table: each state and the states it may move to', () => {
		for (const state of CALL_STATES) expect(callMoves(state)).toEqual(ALLOWED[state]);
	});

	it.each(PAIRS)('from %s to %s is allowed only by the table', (from, to) => {
		const now = to === 'open' ? BEFORE_OPENING : AFTER_CLOSING;
		if (ALLOWED[from].includes(to)) {
			expect(moveCall(aCall(from), to, now).state).toBe(to);
		} else {
			expect(refusal(() => moveCall(aCall(from), to, now))).toEqual([409, 'invalid_state', 'state']);
		}
	});

	it('refuses a state that does not exist', () => {
		expect(refusal(() => moveCall(aCall('draft'), 'cancelled', BEFORE_OPENING))).toEqual([
			400,
			'invalid_value',
			'state'
		]);
	});

	it('open only with rules, a requirement, a criterion, dates in order, a pass mark and seats', () => {
		const opening = (change: Partial<Call>, now = BEFORE_OPENING) =>
			refusal(() => moveCall(aCall('draft', change), 'open', now));
		expect(opening({ rules: { ru: '', kk: '', en: '' } })).toEqual([409, 'call_incomplete', 'rules']);
		expect(opening({ requirements: [] })).toEqual([409, 'call_incomplete', 'requirements']);
		expect(opening({ criteria: [] })).toEqual([409, 'call_incomplete', 'criteria']);
		expect(opening({ opensAt: null })).toEqual([409, 'call_incomplete', 'opensAt']);
		expect(opening({ closesAt: null })).toEqual([409, 'call_incomplete', 'closesAt']);
		expect(opening({ closesAt: OPENS })).toEqual([409, 'call_incomplete', 'closesAt']);
		expect(opening({ passMark: null })).toEqual([409, 'call_incomplete', 'passMark']);
		expect(opening({ seats: null })).toEqual([409, 'call_incomplete', 'seats']);
		expect(opening({}, AFTER_CLOSING)).toEqual([409, 'call_incomplete', 'closesAt']);
		// Opening before opensAt is fine: the call is announced, applications come from opensAt.
		expect(moveCall(aCall('draft'), 'open', BEFORE_OPENING).state).toBe('open');
	});

	it('closes only at its deadline', () => {
		expect(refusal(() => moveCall(aCall('open'), 'closed', WHILE_OPEN))).toEqual([
			409,
			'not_yet_closed',
			'closesAt'
		]);
		expect(moveCall(aCall('open'), 'closed', Date.parse(CLOSES)).state).toBe('closed');
	});

	it('is scored only with evaluators', () => {
		expect(refusal(() => moveCall(aCall('closed', { evaluators: [] }), 'scoring', AFTER_CLOSING))).toEqual([
			409,
			'call_incomplete',
			'evaluators'
		]);
	});

	it('leave the call given unchanged', () => {
		const call = aCall('draft');
		moveCall(call, 'open', BEFORE_OPENING);
		expect(call.state).toBe('draft');
	});
});

describe('a call takes applications', () => {
	it('while open, from opensAt up to but not at closesAt', () => {
		const call = aCall('open');
		expect(isAcceptingApplications(call, Date.parse(OPENS) - 1)).toBe(false);
		expect(isAcceptingApplications(call, Date.parse(OPENS))).toBe(true);
		expect(isAcceptingApplications(call, WHILE_OPEN)).toBe(true);
		expect(isAcceptingApplications(call, Date.parse(CLOSES) - 1)).toBe(true);
		expect(isAcceptingApplications(call, Date.parse(CLOSES))).toBe(false);
	});

	it('in no other state, whatever the moment', () => {
		for (const state of CALL_STATES.filter((each) => each !== 'open')) {
			expect(isAcceptingApplications(aCall(state), WHILE_OPEN)).toBe(false);
		}
	});
});
