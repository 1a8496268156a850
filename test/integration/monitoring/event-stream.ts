// Opens a plan's monitoring event stream as a browser's view does, and keeps what it received.

export type EventStream = { res: Response; text(): string; close(): void };

/** Opens `origin`'s event stream of `planId` as `token`; `text()` is everything received so far. */
export async function listen(origin: string, planId: string, token: string | null): Promise<EventStream> {
	const abort = new AbortController();
	const res = await fetch(`${origin}/api/plans/${planId}/monitoring/events`, {
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
