// The server-sent event streams' one responder (a plan's monitoring feed, a person's bell): what
// `listen` hears is sent as it comes, a comment line now and then keeps proxies from closing a quiet
// stream, and `ready` at the start tells the page the stream is open, so it reads what it may have
// missed while away.

const HEARTBEAT_MS = 25_000;

/** `listen` gets a `send(event, data)` and returns the function that stops listening. */
export function eventStream(listen: (send: (event: string, data: unknown) => void) => () => void): Response {
	let stop = () => {};
	const stream = new ReadableStream<string>({
		start(controller) {
			const write = (text: string) => {
				try {
					controller.enqueue(text);
				} catch {
					stop();
				}
			};
			const unlisten = listen((event, data) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
			const heartbeat = setInterval(() => write(': still here\n\n'), HEARTBEAT_MS);
			stop = () => {
				clearInterval(heartbeat);
				unlisten();
			};
			write('event: ready\ndata: {}\n\n');
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
}
