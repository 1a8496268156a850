// The workshop door (POST /api/plans/<plan>/workshop) against the real server on the demo data:
// who may run which operation, what a refused request leaves behind (nothing), and that a
// facilitator's controls land in the stored plan document.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Workshop } from '../../../src/lib/plan/workshop';
import { FLOUR, MILK, workshopServer, type Person } from './workshop-server';

describe('the workshop door', () => {
	const w = workshopServer();

	describe('a facilitator', () => {
		let id = '';
		const stored = async () => (await w.stored(id, FLOUR))!;
		const run = (op: string, args: Record<string, unknown> = {}) =>
			w.run('demo-facilitator', op, args, FLOUR);
		/** A note by `who` in the column; its id. */
		const withNote = async (who: Person, columnId: string, text: string) =>
			(await w.run(who, 'addNote', { columnId, text }, FLOUR)).noteId as string;
		/** Keeps the first column and adds one for the ideas of line l-1; the columns as stored after. */
		const withLineColumn = async () => {
			const [strengths] = (await stored()).columns;
			await run('columns', {
				columns: [
					{ id: strengths!.id, title: 'Strengths' },
					{ title: 'Ideas for exports', lineId: 'l-1' }
				]
			});
			return (await stored()).columns;
		};

		// Every test gets a workshop just started (the first test checks that start) and makes the
		// rest of what it needs, so that each passes alone and in any order.
		beforeEach(async () => {
			await w.endRunning(FLOUR);
			id = await w.start(FLOUR, 'Flour strategy day');
		});

		it('starts a workshop with an agenda and columns, and a second one is refused while it runs', async () => {
			const workshop = await stored();
			expect(workshop).toMatchObject({
				title: 'Flour strategy day',
				state: 'running',
				startedBy: 'demo-facilitator',
				startedByName: 'Juan Facilitator (Infyde)',
				endedAt: null,
				follow: { on: false }
			});
			expect(workshop.agenda.map((s) => [s.title, s.minutes, s.page])).toEqual([
				['Ideas', 15, 'board'],
				['Projects', 20, 'projects']
			]);
			expect(workshop.columns.map((c) => c.title)).toEqual(['Strengths', 'Ideas']);

			const again = await w.call(
				'demo-facilitator',
				'start',
				{ title: 'Twice', agenda: [], columns: [] },
				{
					plan: FLOUR
				}
			);
			expect(again.status).toBe(409);
			expect(again.body.code).toBe('workshop_running');
		});

		it('changes the agenda keeping the ids of the steps it keeps, and moves between steps', async () => {
			const [first] = (await stored()).agenda;
			await run('agenda', {
				agenda: [
					{ id: first!.id, title: 'Ideas and notes', minutes: 10, page: 'board' },
					{ title: 'Vote on projects', minutes: 5, page: 'projects' }
				]
			});
			const agenda = (await stored()).agenda;
			expect(agenda.map((s) => [s.title, s.minutes, s.page])).toEqual([
				['Ideas and notes', 10, 'board'],
				['Vote on projects', 5, 'projects']
			]);
			expect(agenda[0]!.id).toBe(first!.id);

			await run('step', { stepId: agenda[1]!.id });
			expect((await stored()).timer).toMatchObject({
				stepId: agenda[1]!.id,
				elapsed: 0,
				startedAt: expect.any(Number)
			});
		});

		it('pauses, starts, extends and resets the shared timer', async () => {
			// A step whose timer runs, so that pausing has something to stop.
			await run('step', { stepId: (await stored()).agenda[1]!.id });
			await run('timer', { action: 'pause' });
			expect((await stored()).timer.startedAt).toBeNull();
			await run('timer', { action: 'start' });
			expect((await stored()).timer.startedAt).toEqual(expect.any(Number));
			const before = await stored();
			await run('timer', { action: 'add', minutes: 5 });
			const after = await stored();
			// "Add five minutes" gives the step five more minutes to run, however it is kept.
			const left = (workshop: Workshop) => {
				const step = workshop.agenda.find((s) => s.id === workshop.timer.stepId)!;
				return step.minutes * 60_000 - workshop.timer.elapsed;
			};
			expect(left(after) - left(before)).toBe(5 * 60_000);
			await run('timer', { action: 'reset' });
			expect((await stored()).timer.elapsed).toBe(0);
		});

		it('leads "follow me" and lets it go', async () => {
			await run('follow', { on: true });
			expect((await stored()).follow).toEqual({ on: true, by: w.userId('demo-facilitator') });
			await run('follow', { on: false });
			expect((await stored()).follow.on).toBe(false);
		});

		it('arranges the board: columns, groups, moving and removing notes, and records a decision', async () => {
			const [strengths] = (await stored()).columns;
			const columns = await withLineColumn();
			expect(columns.map((c) => [c.title, c.lineId])).toEqual([
				['Strengths', null],
				['Ideas for exports', 'l-1']
			]);
			expect(columns[0]!.id).toBe(strengths!.id);

			const a = await withNote('demo-member', columns[0]!.id, 'Good wheat');
			const b = await withNote('second-member', columns[0]!.id, 'Cheap rail freight');
			const c = await withNote('demo-facilitator', columns[0]!.id, 'Old mills');

			const { groupId } = await run('group', { noteIds: [a, b], title: 'Raw materials' });
			expect((await stored()).groups).toMatchObject([{ id: groupId, title: 'Raw materials' }]);
			expect(
				(await stored()).notes
					.filter((n) => n.groupId === groupId)
					.map((n) => n.id)
					.sort()
			).toEqual([a, b].sort());
			await run('ungroup', { groupId });
			expect((await stored()).groups).toEqual([]);
			expect((await stored()).notes.every((n) => n.groupId === null)).toBe(true);

			await run('moveNote', { noteId: c, columnId: columns[1]!.id });
			expect((await stored()).notes.find((n) => n.id === c)?.columnId).toBe(columns[1]!.id);
			// The facilitator may remove anyone's note.
			await run('removeNote', { noteId: b });
			expect((await stored()).notes.map((n) => n.id)).not.toContain(b);

			await run('decide', { text: 'Rail freight goes to the export office' });
			expect((await stored()).decisions).toContainEqual(
				expect.objectContaining({
					text: 'Rail freight goes to the export office',
					kind: 'manual',
					byName: 'Juan Facilitator (Infyde)'
				})
			);
		});

		it('opens and closes a vote', async () => {
			const { voteId } = await run('openVote', {
				title: 'Which project first?',
				targets: [
					{ kind: 'project', id: 'p-lab' },
					{ kind: 'project', id: 'p-wagons' }
				],
				perPerson: 3,
				perItem: 2,
				anonymous: false,
				minutes: null
			});
			expect((await stored()).votes).toMatchObject([{ id: voteId, state: 'open', perPerson: 3, perItem: 2 }]);
			await w.run('demo-member', 'vote', { voteId, item: 'project:p-wagons', delta: 1 }, FLOUR);
			const { results } = await run('closeVote', { voteId, apply: { 'project:p-wagons': 10 } });
			expect(results).toMatchObject([
				{ key: 'project:p-wagons', dots: 1, priority: 10, rank: 1 },
				{ dots: 0 }
			]);
			expect((await stored()).votes[0]!.state).toBe('closed');
		});

		it('turns a note into a project: the project has the note’s text, the note keeps the link, a decision is kept', async () => {
			const columnId = (await stored()).columns[0]!.id;
			const text = 'Shared grain drying station';
			const noteId = await withNote('demo-member', columnId, text);
			const { link } = await run('convert', { noteId, kind: 'project', lang: 'en' });
			expect(link).toEqual({ collection: 'projects', id: expect.any(String) });
			const projectId = (link as { id: string }).id;

			const project = (await w.plan(FLOUR)).projects.find((p) => p.id === projectId);
			expect(project?.title.en).toBe(text);
			const workshop = await stored();
			expect(workshop.notes.find((n) => n.id === noteId)?.link).toEqual(link);
			expect(workshop.decisions).toContainEqual(
				expect.objectContaining({ kind: 'converted', ref: `projects:${projectId}` })
			);
		});

		it('turns a group into an objective of its column’s line', async () => {
			const column = (await withLineColumn()).find((c) => c.lineId === 'l-1')!;
			const notes = [
				await withNote('demo-member', column.id, 'Sell flour to Afghanistan'),
				await withNote('demo-member', column.id, 'Sell flour to Uzbekistan')
			];
			const { groupId } = await run('group', { noteIds: notes, title: 'Export flour to Central Asia' });
			const { link } = await run('convert', { groupId, kind: 'objective', lang: 'en' });
			expect(link).toEqual({ collection: 'objectives', id: expect.any(String) });

			const line = (await w.plan(FLOUR)).strategy.lines.find((l) => l.id === 'l-1')!;
			const objective = line.objectives.find((o) => o.id === (link as { id: string }).id);
			expect(objective?.title.en).toBe('Export flour to Central Asia');
			expect((await stored()).groups.find((g) => g.id === groupId)?.link).toEqual(link);
		});

		it('ends the workshop and saves a version of the plan named after it', async () => {
			const { version } = await run('end');
			expect(await stored()).toMatchObject({ state: 'ended', endedAt: expect.any(String) });
			const versions = await w.demo.get(`/api/plans/${FLOUR}/versions`, w.token('demo-facilitator'));
			const saved = (versions.body.versions as { id: number; label: string }[]).find(
				(v) => v.id === (typeof version === 'number' ? version : (version as { id: number }).id)
			);
			expect(saved?.label).toBe('Workshop: Flour strategy day');

			const late = await w.call(
				'demo-member',
				'addNote',
				{ columnId: (await stored()).columns[0]!.id, text: 'Late' },
				{
					plan: FLOUR
				}
			);
			expect(late.status).toBe(409);
			expect(late.body.code).toBe('workshop_ended');
		});
	});

	describe('people who do not lead', () => {
		let id = '';
		let columnId = '';
		let voteId = '';
		let stepId = '';
		beforeAll(async () => {
			id = await w.start(MILK);
			const workshop = (await w.stored(id))!;
			columnId = workshop.columns[0]!.id;
			stepId = workshop.agenda[1]!.id;
			voteId = (
				await w.run('demo-facilitator', 'openVote', {
					title: 'Projects',
					targets: [
						{ kind: 'project', id: 'p-lab' },
						{ kind: 'project', id: 'p-brand' }
					],
					perPerson: 3,
					perItem: 2,
					anonymous: false,
					minutes: null
				})
			).voteId as string;
		});

		/** Every facilitator operation, with arguments that would be fine from a facilitator. */
		const controls = (): [string, Record<string, unknown>][] => [
			['start', { title: 'Mine', agenda: [{ title: 'A', minutes: 5, page: 'board' }], columns: [] }],
			['agenda', { agenda: [{ title: 'Only me', minutes: 5, page: 'map' }] }],
			['step', { stepId }],
			['timer', { action: 'pause' }],
			['follow', { on: true }],
			['columns', { columns: [{ title: 'Mine' }] }],
			['decide', { text: 'We decide' }],
			[
				'openVote',
				{
					title: 'Mine',
					targets: [{ kind: 'project', id: 'p-lab' }],
					perPerson: 1,
					perItem: 1,
					anonymous: false,
					minutes: null
				}
			],
			['closeVote', { voteId, apply: {} }],
			['undoVote', { voteId }],
			['convert', { noteId: 'any', kind: 'project', lang: 'en' }],
			['end', {}]
		];

		it('refuses a member every control with 403 and leaves the workshop as it was', async () => {
			const before = await w.stored(id);
			for (const [op, args] of controls()) {
				const answer = await w.call('demo-member', op, args);
				expect(answer.status, op).toBe(403);
				expect(answer.body.code, op).toBe('forbidden');
			}
			expect(await w.stored(id)).toEqual(before);
		});

		it('lets a member add a note, edit and remove their own, and vote', async () => {
			const { noteId } = await w.run('demo-member', 'addNote', { columnId, text: 'Cooling tanks' });
			expect((await w.stored(id))!.notes.find((n) => n.id === noteId)).toMatchObject({
				text: 'Cooling tanks',
				author: 'demo-member',
				authorName: 'Bolat Member',
				columnId
			});
			await w.run('demo-member', 'editNote', { noteId, text: 'Cooling tanks at every farm' });
			expect((await w.stored(id))!.notes.find((n) => n.id === noteId)?.text).toBe(
				'Cooling tanks at every farm'
			);
			const { ballot, left } = await w.run('demo-member', 'vote', {
				voteId,
				item: 'project:p-lab',
				delta: 1
			});
			expect(ballot).toEqual({ 'project:p-lab': 1 });
			expect(left).toBe(2);
			await w.run('demo-member', 'removeNote', { noteId });
			expect((await w.stored(id))!.notes.map((n) => n.id)).not.toContain(noteId);
		});

		it('refuses a member editing or removing another person’s note with 403 not_author', async () => {
			const { noteId } = await w.run('second-member', 'addNote', { columnId, text: 'Mine, not yours' });
			for (const [op, args] of [
				['editNote', { noteId, text: 'Changed by someone else' }],
				['removeNote', { noteId }]
			] as const) {
				const answer = await w.call('demo-member', op, args);
				expect(answer.status, op).toBe(403);
				expect(answer.body.code, op).toBe('not_author');
			}
			expect((await w.stored(id))!.notes.find((n) => n.id === noteId)?.text).toBe('Mine, not yours');
		});

		it('refuses a reviewer and a coordinator every operation, taking part included, with 403', async () => {
			const before = await w.stored(id);
			const { noteId } = await w.run('demo-member', 'addNote', { columnId, text: 'For the watchers' });
			const watched = await w.stored(id);
			const taking: [string, Record<string, unknown>][] = [
				['addNote', { columnId, text: 'I watch' }],
				['editNote', { noteId, text: 'I watch' }],
				['removeNote', { noteId }],
				['vote', { voteId, item: 'project:p-lab', delta: 1 }],
				['ballotKey', { voteId }]
			];
			for (const who of ['demo-reviewer', 'demo-coordinator'] as const) {
				for (const [op, args] of [...controls(), ...taking]) {
					const answer = await w.call(who, op, args);
					expect(answer.status, `${op} by ${who}`).toBe(403);
					expect(answer.body.code, `${op} by ${who}`).toBe('forbidden');
				}
			}
			expect(await w.stored(id)).toEqual(watched);
			expect(before).not.toEqual(watched);
		});

		it('answers 401 to nobody signed in and 403 to a page of another site', async () => {
			const before = await w.stored(id);
			const signedOut = await w.call(null, 'addNote', { columnId, text: 'Anonymous' });
			expect(signedOut.status).toBe(401);
			for (const who of ['demo-member', 'demo-facilitator'] as const) {
				const foreign = await w.call(
					who,
					'addNote',
					{ columnId, text: 'Cross-site' },
					{
						origin: 'https://evil.example'
					}
				);
				expect(foreign.status, who).toBe(403);
			}
			expect(await w.stored(id)).toEqual(before);
		});
	});

	describe('bodies', () => {
		it('refuses what is not a JSON object, an unknown op and bad arguments with 400 and a code', async () => {
			// A facilitator's test may have left its workshop running on this plan.
			await w.endRunning(FLOUR);
			const id = await w.start(FLOUR, 'Bodies');
			const plan = FLOUR;
			const columnId = (await w.stored(id, plan))!.columns[0]!.id;
			const raw = async (body: string) =>
				w.demo.post(`/api/plans/${plan}/workshop`, w.token('demo-facilitator'), body);
			const refusals: [Awaited<ReturnType<typeof raw>>, string][] = [
				[await raw('not json'), 'not json'],
				[await raw('[1, 2]'), 'an array'],
				[await raw('"start"'), 'a string'],
				[await raw('{}'), 'no op'],
				[await raw('{"op": 7}'), 'a number as op'],
				[await raw('{"op": "explode"}'), 'an unknown op'],
				[await raw('{"op": "__proto__"}'), 'a prototype key as op']
			];
			for (const [answer, what] of refusals) {
				expect(answer.status, what).toBe(400);
				expect(answer.body.code, what).toEqual(expect.any(String));
			}

			const vote = { title: 'V', perPerson: 2, perItem: 1, anonymous: false, minutes: null };
			const lab = [{ kind: 'project', id: 'p-lab' }];
			// Who, operation, arguments, and the refusal: status, code and field.
			const bad: [Person, string, Record<string, unknown>, number, string, string][] = [
				['demo-member', 'addNote', { columnId, text: '' }, 400, 'required', 'text'],
				['demo-member', 'addNote', { columnId, text: '   ' }, 400, 'required', 'text'],
				['demo-member', 'addNote', { columnId, text: 42 }, 400, 'invalid_value', 'text'],
				['demo-member', 'addNote', { columnId, text: 'x'.repeat(1001) }, 400, 'too_long', 'text'],
				['demo-member', 'addNote', { columnId: 'nowhere', text: 'Lost' }, 404, 'not_found', 'columnId'],
				['demo-member', 'editNote', { noteId: 'nothing', text: 'Lost' }, 404, 'not_found', 'noteId'],
				['demo-facilitator', 'agenda', { agenda: 'none' }, 400, 'invalid_value', 'agenda'],
				[
					'demo-facilitator',
					'agenda',
					{ agenda: [{ title: 'A', minutes: -1, page: 'board' }] },
					400,
					'invalid_number',
					'agenda[0].minutes'
				],
				[
					'demo-facilitator',
					'agenda',
					{ agenda: [{ title: 'A', minutes: 5, page: 'elsewhere' }] },
					400,
					'invalid_value',
					'agenda[0].page'
				],
				['demo-facilitator', 'step', { stepId: 'nowhere' }, 404, 'not_found', 'stepId'],
				['demo-facilitator', 'timer', { action: 'rewind' }, 400, 'invalid_value', 'action'],
				['demo-facilitator', 'follow', { on: 'yes' }, 400, 'invalid_value', 'on'],
				['demo-facilitator', 'decide', { text: '' }, 400, 'required', 'text'],
				[
					'demo-facilitator',
					'openVote',
					{ ...vote, targets: lab, perItem: 3 },
					400,
					'invalid_number',
					'perItem'
				],
				[
					'demo-facilitator',
					'openVote',
					{ ...vote, targets: lab, perPerson: 0 },
					400,
					'invalid_number',
					'perPerson'
				],
				['demo-facilitator', 'openVote', { ...vote, targets: [] }, 400, 'required', 'targets'],
				[
					'demo-facilitator',
					'openVote',
					{ ...vote, targets: [{ kind: 'line', id: 'l-1' }] },
					400,
					'invalid_value',
					'targets[0].kind'
				],
				[
					'demo-facilitator',
					'openVote',
					{ ...vote, targets: [{ kind: 'project', id: 'p-nothing' }] },
					400,
					'dangling_link',
					'targets[0].id'
				]
			];
			const before = await w.stored(id, plan);
			for (const [who, op, args, status, code, field] of bad) {
				const answer = await w.call(who, op, args, { plan });
				const what = `${op} ${JSON.stringify(args).slice(0, 80)}`;
				expect(answer.status, what).toBe(status);
				expect(answer.body, what).toMatchObject({ code, field });
			}
			expect(await w.stored(id, plan)).toEqual(before);
		});
	});
});
