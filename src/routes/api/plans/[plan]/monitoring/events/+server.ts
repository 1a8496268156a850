// GET /api/plans/<planId>/monitoring/events: a server-sent event stream that tells an open
// monitoring view a value was recorded or a year's approval changed, so it refreshes without reload.
import { viewablePlan } from '$lib/server/plans/access';
import { subscribe } from '$lib/server/indicators/events';
import type { RequestHandler } from './$types';
import { api } from '$lib/server/answer/api';

// A comment line now and then keeps proxies from closing a quiet stream.
const HEARTBEAT_MS = 25_000;

export const GET: RequestHandler = api(async ({ locals, params }) => {
	const { plan } = await viewablePlan(locals, params.plan);
	let stop = () => {};
	const stream = new ReadableStream<string>({
		start(controller) {
			const send = (text: string) => {
				try {
					controller.enqueue(text);
				} catch {
					stop();
				}
			};
			const unsubscribe = subscribe(plan.id, (event) =>
				send(`event: change\ndata: ${JSON.stringify(event)}\n\n`)
			);
			const heartbeat = setInterval(() => send(': still here\n\n'), HEARTBEAT_MS);
			stop = () => {
				clearInterval(heartbeat);
				unsubscribe();
			};
			// Tells the browser the stream is open, so it can catch up on what it missed while away.
			send('event: ready\ndata: {}\n\n');
		},
		cancel() {
			stop();
		}
	});
	return new Response(stream.pipeThrough(new TextEncoderStream()), {
		headers: {
			'content-type': 'text/event-stream',
			'cache-control': 'no-store',
			connection: 'keep-alive'
		}
	});
});
