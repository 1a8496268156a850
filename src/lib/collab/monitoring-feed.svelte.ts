// The monitoring view's live feed: a server-sent event stream that says a value was recorded or a
// reporting year's approval changed, so the page reloads its figures without a reload. After the
// stream drops and comes back, the page catches up on whatever it missed while away.
import { invalidate } from '$app/navigation';

/** Whether the page hears about new figures: opening, live, or cut off (it keeps trying). */
export type FeedState = 'connecting' | 'live' | 'offline';

// The browser retries a dropped stream by itself; a refused one (signed out, server gone) is
// closed for good, so the feed opens a new one after a pause.
const RETRY_MS = 5_000;

export class MonitoringFeed {
	state = $state<FeedState>('connecting');
	/** True once the stream has been live: a later "connecting" is a reconnection. */
	wasLive = $state(false);
	#source: EventSource | null = null;
	#retry = 0;
	#closed = false;

	constructor(
		readonly planId: string,
		readonly onChange: () => unknown = () => invalidate('plan:monitoring')
	) {
		this.#open();
	}

	#open() {
		const source = new EventSource(`/api/plans/${encodeURIComponent(this.planId)}/monitoring/events`);
		this.#source = source;
		// Every "ready", the first too: what changed between the page's load and the stream's
		// opening would otherwise be missed.
		source.addEventListener('ready', () => {
			this.state = 'live';
			this.wasLive = true;
			void this.onChange();
		});
		source.addEventListener('change', () => void this.onChange());
		source.onerror = () => {
			if (source.readyState === EventSource.CLOSED) {
				this.state = 'offline';
				this.#retry = window.setTimeout(() => this.#closed || this.#open(), RETRY_MS);
			} else {
				this.state = 'connecting';
			}
		};
	}

	/** Stops listening for good (the page is left). */
	close() {
		this.#closed = true;
		clearTimeout(this.#retry);
		this.#source?.close();
		this.#source = null;
	}
}
