// GET /api/notifications/events: a server-sent event stream that tells the signed-in person's open
// pages something new is in their list (`event: ring`), so the bell counts up without a reload.
// Only news: the page reads the count itself (GET /api/notifications).
import { api } from '$lib/server/answer/api';
import { apiUser } from '$lib/server/authz/guard';
import { listenForRings } from '$lib/server/notifications/live';
import type { RequestHandler } from './$types';

// A comment line now and then keeps proxies from closing a quiet stream.
const HEARTBEAT_MS = 25_000;

export const GET: RequestHandler = api(async ({ locals }) => {
	const user = apiUser(locals);
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
			const unlisten = listenForRings(user.id, () => send('event: ring\ndata: {}\n\n'));
			const heartbeat = setInterval(() => send(': still here\n\n'), HEARTBEAT_MS);
			stop = () => {
				clearInterval(heartbeat);
				unlisten();
			};
			// Tells the browser the stream is open, so it reads the count it may have missed while away.
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
