// The PDF export past the line of prints: on a server that prints one PDF at a time with one in line,
// the print page each Chromium opens is held by the test (the server's ORIGIN points at a proxy the
// test controls), so the line fills without waiting on the clock. One more request is then refused at
// once with 503 `busy` and Retry-After, and once the held print is let go, every print comes out.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loadActor } from '../../../src/lib/server/authz/actor';
import { getPlan } from '../../../src/lib/server/plans';
import { saveVersion } from '../../../src/lib/server/versions/store';
import { createFixture, startServer, waitFor, type Fixture, type RunningServer } from '../collab/harness';

const PDF_TIMEOUT = 180_000;

/** Passes every request on to the server, but holds print pages until `release` is called. */
function holdingProxy() {
	let target = '';
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	let releasedYet = false;
	const held: string[] = [];
	const server: Server = createServer((req, res) => {
		const forward = () => {
			const upstream = request(
				`${target}${req.url}`,
				{ method: req.method, headers: req.headers },
				(answer) => {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
				}
			);
			upstream.on('error', () => res.destroy());
			req.pipe(upstream);
		};
		if (!releasedYet && /\/versions\/\d+\/print$/.test(req.url ?? '')) {
			held.push(req.url!);
			void released.then(forward);
		} else forward();
	});
	return {
		held,
		listen: () =>
			new Promise<string>((resolve) =>
				server.listen(0, '127.0.0.1', () =>
					resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
				)
			),
		to(origin: string) {
			target = origin;
		},
		release() {
			releasedYet = true;
			release();
		},
		close: () => {
			server.closeAllConnections();
			return new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}

type Export = { status: number; retryAfter: string | null; type: string | null; body: Uint8Array };

describe('the line of PDF prints', () => {
	let fixture: Fixture;
	let server: RunningServer;
	const proxy = holdingProxy();
	let version = 0;
	let token = '';

	beforeAll(async () => {
		fixture = await createFixture();
		const admin = await loadActor(
			fixture.db,
			(
				await fixture.db
					.select()
					.from(fixture.db.tables.users)
					.where(eq(fixture.db.tables.users.id, fixture.users.admin))
			)[0]!
		);
		version = (
			await saveVersion(fixture.db, admin, (await getPlan(fixture.db, fixture.planA))!, { label: 'To print' })
		).id;
		token = await fixture.login(fixture.users.member);
		const proxyOrigin = await proxy.listen();
		server = await startServer(fixture.env, {
			ORIGIN: proxyOrigin,
			PDF_PRINTS_RUNNING: '1',
			PDF_PRINTS_WAITING: '1'
		});
		proxy.to(server.origin);
	});

	afterAll(async () => {
		proxy.release();
		await server?.stop();
		await proxy.close();
		await fixture?.dispose();
	});

	async function pdf(): Promise<Export> {
		const res = await fetch(
			`${server.origin}/api/plans/${fixture.planA}/versions/${version}/export?format=pdf`,
			{ headers: { cookie: `session=${token}` } }
		);
		return {
			status: res.status,
			retryAfter: res.headers.get('retry-after'),
			type: res.headers.get('content-type'),
			body: new Uint8Array(await res.arrayBuffer())
		};
	}

	const isPdf = (file: Export) =>
		file.status === 200 && new TextDecoder().decode(file.body.slice(0, 5)) === '%PDF-';

	it(
		'refuses one print past the line with 503 busy and Retry-After, and prints again once it moves',
		async () => {
			const first = pdf();
			// The first print's Chromium is on the print page, held: one print runs.
			await waitFor(() => proxy.held.length === 1, 'the first print to open its page');

			// Two more: one takes the place in line, the other is refused at once. Which one is which
			// is up to the order they reach the server; the refused one answers while the other waits.
			const second = pdf();
			const third = pdf();
			const refused = await Promise.race([second, third]);
			expect(refused.status).toBe(503);
			expect(refused.retryAfter).toMatch(/^[1-9]\d*$/);
			expect(refused.type).toMatch(/^application\/json/);
			expect(JSON.parse(new TextDecoder().decode(refused.body))).toEqual({
				error: 'The server is printing as many PDFs as it can; try again shortly',
				code: 'busy'
			});
			// Nothing more started printing: the one in line waits for the held print.
			expect(proxy.held).toHaveLength(1);

			proxy.release();
			const done = await Promise.all([first, second, third]);
			expect(done.filter(isPdf)).toHaveLength(2);
			expect(done.filter((file) => file.status === 503)).toHaveLength(1);

			// The line is empty again: the next print comes out.
			expect(isPdf(await pdf())).toBe(true);
		},
		PDF_TIMEOUT
	);
});
