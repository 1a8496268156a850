// The workshop summary: plan items named as the plan names them, notes by column and group, votes
// with results (names only when not anonymous) and decisions.
import { describe, expect, it } from 'vitest';
import { snapshot } from '../../../src/lib/plan';
import { readWorkshops, runningWorkshop, workshopSummary } from '../../../src/lib/plan/workshop';
import { facilitator, member, op, other, started } from './fixture';

const t0 = 1_700_000_000_000;

describe('workshop summary', () => {
	it('tells who came, what was written, how the votes went and what was decided', () => {
		const doc = started();
		op(doc, member, 'addNote', { columnId: runningWorkshop(doc)!.columns[0]!.id, text: 'Good mills' }, t0);
		const ideas = runningWorkshop(doc)!.columns[1]!.id;
		const idea = op(doc, other, 'addNote', { columnId: ideas, text: 'Grain lab' }, t0 + 1).noteId;
		op(doc, facilitator, 'convert', { noteId: idea, kind: 'project', lang: 'en' }, t0 + 2);
		const open = (anonymous: boolean) =>
			op(
				doc,
				facilitator,
				'openVote',
				{
					title: anonymous ? 'Secret' : 'Open',
					targets: [
						{ kind: 'project', id: 'p1' },
						{ kind: 'action', id: 'a2' }
					],
					perPerson: 2,
					anonymous
				},
				anonymous ? t0 + 30 : t0 + 3
			).voteId as string;
		for (const anonymous of [false, true]) {
			const voteId = open(anonymous);
			// Each vote at its own times: decisions are listed by time.
			const at = anonymous ? t0 + 30 : t0 + 3;
			op(doc, member, 'vote', { voteId, item: 'action:a2', delta: 1 }, at + 1);
			op(doc, other, 'vote', { voteId, item: 'action:a2', delta: 1 }, at + 1);
			op(doc, facilitator, 'closeVote', { voteId, apply: { 'action:a2': 10 } }, at + 2);
		}
		op(doc, facilitator, 'decide', { text: 'Meet again in March' }, t0 + 60);
		op(doc, facilitator, 'end', {}, t0 + 45 * 60_000);
		const summary = workshopSummary(readWorkshops(doc)[0]!, snapshot(doc));
		expect(summary).toMatchObject({ title: 'Strategy workshop', facilitator: 'Aigerim S.', minutes: 45 });
		expect(summary.attendees.map((a) => a.name)).toEqual(['Aigerim S.']);
		expect(summary.columns[0]!.notes).toMatchObject([
			{ text: 'Good mills', authorName: 'Bolat K.', link: null }
		]);
		expect(summary.columns[1]!.line?.label.en).toBe('Markets');
		expect(summary.columns[1]!.notes[0]!.link).toMatchObject({
			number: 'P4',
			exists: true,
			label: { en: 'Grain lab' }
		});
		const [shown, secret] = summary.votes;
		expect(shown!.results[0]).toMatchObject({
			dots: 2,
			priority: 10,
			item: { number: '1.1.2', label: { en: 'Certify mills' } }
		});
		expect(shown!.results[0]!.voterNames.sort()).toEqual(['Bolat K.', 'Dana T.']);
		expect(shown!.voters).toBe(2);
		expect(secret!.results[0]!.voterNames).toEqual([]);
		expect(secret!.anonymous).toBe(true);
		expect(summary.decisions.map((d) => [d.kind, d.text])).toEqual([
			['converted', 'Grain lab'],
			['vote', 'Open'],
			['vote', 'Secret'],
			['manual', 'Meet again in March']
		]);
		expect(summary.decisions[0]!.item?.number).toBe('P4');
	});
});
