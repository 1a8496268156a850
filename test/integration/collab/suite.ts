// The real parts one test suite runs against: a temp database, the server processes it starts and
// the y-websocket clients it opens, all closed after the suite whatever happened in it.
import { afterAll, beforeAll } from 'vitest';
import {
	connectClient,
	createFixture,
	startServer,
	type Client,
	type Fixture,
	type RunningServer
} from './harness';

export type SuiteOptions = {
	/** Environment of the suite's server; `false` when every test starts its own (`start`). */
	server?: Record<string, string> | false;
	/** Runs on the fixture before the server starts (extra plans, say). */
	prepare?: (fixture: Fixture) => void | Promise<void>;
};

export class CollabSuite {
	#fixture: Fixture | undefined;
	#server: RunningServer | undefined;
	readonly #servers: RunningServer[] = [];
	readonly #clients: Client[] = [];

	get fixture(): Fixture {
		if (!this.#fixture) throw new Error('the suite is not set up yet');
		return this.#fixture;
	}

	/** The server started for the suite. */
	get server(): RunningServer {
		if (!this.#server) throw new Error('this suite starts no server of its own');
		return this.#server;
	}

	/** Starts another server on the suite's database, stopped after the suite. */
	async start(env: Record<string, string> = {}): Promise<RunningServer> {
		const server = await startServer(this.fixture.env, env);
		this.#servers.push(server);
		return server;
	}

	/** A client of the fixture's plan A, signed in as `user` (a user id of the fixture). */
	async connect(user: string, on: RunningServer = this.server): Promise<Client> {
		return this.open(await this.fixture.login(user), on);
	}

	/** A client of the fixture's plan A with the session token `token`. */
	open(token: string, on: RunningServer = this.server): Client {
		const client = connectClient(on, this.fixture.planA, token);
		this.#clients.push(client);
		return client;
	}

	async setUp({ server = {}, prepare }: SuiteOptions) {
		this.#fixture = await createFixture();
		await prepare?.(this.#fixture);
		if (server) this.#server = await this.start(server);
	}

	async tearDown() {
		for (const client of this.#clients) client.destroy();
		for (const server of this.#servers) await server.stop();
		await this.#fixture?.dispose();
	}
}

/** Sets up a suite before its tests and tears it down after them; call inside `describe`. */
export function collabSuite(options: SuiteOptions = {}): CollabSuite {
	const suite = new CollabSuite();
	beforeAll(() => suite.setUp(options));
	afterAll(() => suite.tearDown());
	return suite;
}
