// Opens a plan's monitoring event stream as a browser's view does, and keeps what it received.

export type EventStream = { res: Response; text(): string; close(): void };

/** Opens `origin`'s event stream of `planId` as `token`; `text()` is everything received so far. */
export function listen(origin: string, planId: string, token: string | null): Promise<EventStream> {
	return listenTo(`${origin}/api/plans/${planId}/monitoring/events`, token);
}

/** Opens the event stream at `url` as `token` (the bell's, a monitoring view's). */
export async function listenTo(url: string, token: string | null): Promise<EventStream> {
	const abort = new AbortController();
	const res = await fetch(url, {
		headers: token ? { cookie: `session=${token}` } : {},
		signal: abort.signal
	});
	let received = '';
	if (res.ok && res.body) {
		const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
		void (async () => {
			try {
				for (;;) {
					const { value, done } = await reader.read();
					if (done) break;
					received += value;
				}
			} catch {
				// Aborted when the test closes the stream.
			}
		})();
	}
	return { res, text: () => received, close: () => abort.abort() };
}
