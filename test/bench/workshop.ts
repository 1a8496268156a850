// The workshop bench: a room of 60 members on the real server, each with a live y-websocket
// client, driven through the workshop door as the pages drive it. How long a step change takes to
// reach every screen, how long a note or a dot takes at the door, until every screen has a note sent
// by everyone at once, and until everyone sees all dots. The 60 screens live in a few child
// processes (workshop-screens.ts), so the figures measure the server, not one process applying every
// update 60 times; this process makes the HTTP calls. Times across processes are wall-clock
// milliseconds (performance.timeOrigin + performance.now()), which processes on one machine share.
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createUser } from '../../src/lib/server/users';
import type { Workshop } from '../../src/lib/plan/workshop';
import { createFixture, startServer, type RunningServer } from '../integration/collab/harness';
import { percentile } from './workload';
import type { ScreensAsk, ScreensTell, Watch } from './workshop-screens';

type Row = Record<string, string>;

const people = 60;
const dots = 5;
/** Processes holding the screens: as many as the bench machine has cores, and a few more. */
const screenProcesses = 4;

const ms = (samples: number[]) =>
	`p50 ${percentile(samples, 50).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms`;

const clock = () => performance.timeOrigin + performance.now();

/** The screens, spread over child processes; each answer lists their clients in the order of the tokens. */
class Screens {
	#watches = 0;
	private constructor(private readonly children: ChildProcess[]) {}

	static async open(server: RunningServer, plan: string, tokens: string[]): Promise<Screens> {
		const script = resolve(import.meta.dirname, 'workshop-screens.ts');
		const per = Math.ceil(tokens.length / screenProcesses);
		const children = Array.from({ length: screenProcesses }, () =>
			fork(script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
		);
		const screens = new Screens(children);
		await Promise.all(
			children.map((child, i) => {
				const synced = screens.#next(child, (tell) => tell.type === 'synced');
				screens.#ask(child, {
					type: 'connect',
					server: { wsUrl: server.wsUrl, origin: server.origin },
					plan,
					tokens: tokens.slice(i * per, (i + 1) * per)
				});
				return synced;
			})
		);
		return screens;
	}

	/** The running workshop as the first screen has it. */
	async workshop(): Promise<Workshop> {
		const child = this.children[0]!;
		const answer = this.#next(child, (tell) => tell.type === 'workshop');
		this.#ask(child, { type: 'workshop' });
		return ((await answer) as Extract<ScreensTell, { type: 'workshop' }>).workshop as Workshop;
	}

	/**
	 * Resolves once every screen watches for `what`; `seen` then resolves with, per screen, when it
	 * saw each thing watched.
	 */
	async watch(what: Watch): Promise<{ seen: Promise<number[][]> }> {
		const id = ++this.#watches;
		const watching: Promise<unknown>[] = [];
		const seen: Promise<number[][]>[] = [];
		for (const child of this.children) {
			watching.push(this.#next(child, (tell) => tell.type === 'watching' && tell.id === id));
			seen.push(
				this.#next(child, (tell) => tell.type === 'seen' && tell.id === id).then(
					(tell) => (tell as Extract<ScreensTell, { type: 'seen' }>).at
				)
			);
			this.#ask(child, { type: 'watch', id, what });
		}
		await Promise.all(watching);
		return { seen: Promise.all(seen).then((at) => at.flat()) };
	}

	stop(): void {
		for (const child of this.children) if (child.connected) this.#ask(child, { type: 'stop' });
	}

	#ask(child: ChildProcess, ask: ScreensAsk): void {
		child.send(ask);
	}

	#next(child: ChildProcess, wanted: (tell: ScreensTell) => boolean): Promise<ScreensTell> {
		return new Promise((done, fail) => {
			const exited = (code: number | null) => fail(new Error(`a screens process exited (${code})`));
			const heard = (tell: ScreensTell) => {
				if (!wanted(tell)) return;
				child.off('message', heard);
				child.off('exit', exited);
				done(tell);
			};
			child.on('message', heard);
			child.once('exit', exited);
		});
	}
}

export async function workshopRows(): Promise<Row[]> {
	const fixture = await createFixture();
	const members: string[] = [];
	for (let i = 0; i < people; i++) {
		const id = await createUser(fixture.db, {
			username: `bench-member-${i}`,
			displayName: `Member ${i}`,
			password: 'a long enough password',
			globalRole: null
		});
		await fixture.db
			.insert(fixture.db.tables.memberships)
			.values({ clusterId: 'alpha', userId: id, role: 'member' });
		members.push(id);
	}
	const server = await startServer(fixture.env, { COLLAB_MAX_DOCUMENTS_PER_USER: '10000' });
	const plan = fixture.planA;
	const tokens = await Promise.all(members.map((id) => fixture.login(id)));
	const lead = await fixture.login(fixture.users.admin);
	const call = async (token: string, op: string, args: Record<string, unknown> = {}) => {
		const start = performance.now();
		const response = await fetch(`${server.origin}/api/plans/${plan}/workshop`, {
			method: 'POST',
			headers: { cookie: `session=${token}`, origin: server.origin, 'content-type': 'application/json' },
			body: JSON.stringify({ ...args, op })
		}).catch((error: Error) => {
			throw new Error(`${op} failed: ${String(error.cause)}\n${server.output().slice(-2000)}`);
		});
		const body = (await response.json()) as { result: Record<string, unknown> };
		if (!response.ok) throw new Error(`${op}: ${response.status} ${JSON.stringify(body)}`);
		return { result: body.result, took: performance.now() - start };
	};
	let screens: Screens | null = null;
	try {
		await call(lead, 'start', {
			title: 'Bench workshop',
			agenda: Array.from({ length: 8 }, (_, i) => ({ title: `Step ${i + 1}`, minutes: 10, page: 'board' })),
			columns: [{ title: 'Ideas' }]
		});
		screens = await Screens.open(server, plan, tokens);
		const running = () => screens!.workshop();
		const column = (await running()).columns[0]!.id;
		const steps = (await running()).agenda.map((step) => step.id);

		const stepWaits: number[] = [];
		for (const stepId of steps) {
			const { seen } = await screens.watch({ kind: 'step', stepId });
			const since = clock();
			await call(lead, 'step', { stepId });
			stepWaits.push(...(await seen).map(([at]) => at! - since));
		}

		const aloneTimes: number[] = [];
		for (let i = 0; i < 20; i++)
			aloneTimes.push((await call(tokens[0]!, 'addNote', { columnId: column, text: `Alone ${i}` })).took);
		const texts = tokens.map((_, i) => `Idea ${i}`);
		const notesSeen = (await screens.watch({ kind: 'notes', texts })).seen;
		const sent: number[] = [];
		const noteTimes = (
			await Promise.all(
				tokens.map((token, i) => {
					sent[i] = clock();
					return call(token, 'addNote', { columnId: column, text: texts[i] });
				})
			)
		).map((reply) => reply.took);
		const notesAt = await notesSeen;
		// Per note: from its request until the last screen has it.
		const everyScreen = texts.map((_, k) => Math.max(...notesAt.map((at) => at[k]!)) - sent[k]!);
		const targets = (await running()).notes.slice(0, 12).map((note) => ({ kind: 'note', id: note.id }));
		const { result } = await call(lead, 'openVote', {
			title: 'Bench vote',
			targets,
			perPerson: dots,
			perItem: 2
		});
		const voteId = result.voteId as string;
		const total = people * dots;
		const dotsSeen = (await screens.watch({ kind: 'dots', voteId, total })).seen;
		const since = clock();
		// Each person places their dots one click after another, all people at once.
		const dotTimes = (
			await Promise.all(
				tokens.map(async (token, person) => {
					const took: number[] = [];
					for (let d = 0; d < dots; d++) {
						const item = `note:${targets[(person + Math.floor(d / 2)) % targets.length]!.id}`;
						took.push((await call(token, 'vote', { voteId, item, delta: 1 })).took);
					}
					return took;
				})
			)
		).flat();
		const allSeen = (await dotsSeen).map(([at]) => at! - since);
		const close = await call(lead, 'closeVote', { voteId, apply: {} });
		return [
			{
				measure: `step change until all ${people} screens show it (${steps.length} steps)`,
				result: ms(stepWaits)
			},
			{ measure: 'a note at the door, one person alone (20 in a row)', result: ms(aloneTimes) },
			{ measure: `a note at the door (${people} people at once)`, result: ms(noteTimes) },
			{
				measure: `a note from everyone at once, until every screen has it (${people} notes)`,
				result: ms(everyScreen)
			},
			{ measure: `a dot at the door (${people} people × ${dots} dots)`, result: ms(dotTimes) },
			{
				measure: `until every screen has all ${total} dots`,
				result: `${percentile(allSeen, 50).toFixed(0)} ms median screen, ${Math.max(...allSeen).toFixed(0)} ms the last`
			},
			{
				measure: `${total} dots, until every screen has them all`,
				result: `${Math.max(...allSeen).toFixed(0)} ms`
			},
			{ measure: 'closing the vote (results and priorities written)', result: `${close.took.toFixed(1)} ms` }
		];
	} finally {
		screens?.stop();
		await server.stop();
		await fixture.dispose();
	}
}
