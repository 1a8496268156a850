// The signed-in person's bell: how many entries they have not read and the latest few, kept live by
// a server-sent event stream that rings when something new is in their list. A ring is only news:
// the feed then reads the count and the latest entries itself, and does so again on every
// (re)connection, so what arrived while the stream was down is not missed.
import { getContext, setContext } from 'svelte';
import { send } from '$lib/api/send';
import type { NotificationListing, NotificationShown } from '$lib/notifications/shown';

/** Whether the bell hears of new entries: opening, live, or cut off (it keeps trying). */
export type BellState = 'connecting' | 'live' | 'offline';

// The browser retries a dropped stream by itself; a refused one (signed out, server gone) is
// closed for good, so the feed opens a new one after a pause.
const RETRY_MS = 5_000;
/** How many entries the bell's panel shows; the rest are on the notifications page. */
export const LATEST = 8;

export class NotificationFeed {
	unread = $state(0);
	latest = $state.raw<NotificationShown[]>([]);
	/** True once the latest entries have been read at least once. */
	loaded = $state(false);
	state = $state<BellState>('connecting');
	/** Set when the last read or mark failed: a refusal code for refusal-text. */
	failed = $state<string | null>(null);
	#source: EventSource | null = null;
	#retry = 0;
	#closed = true;
	#asked = 0;

	constructor(unread: number) {
		this.unread = unread;
	}

	/** Opens the stream (in the browser only); returns the function that closes it. */
	start(): () => void {
		this.#closed = false;
		this.#open();
		return () => this.close();
	}

	#open() {
		const source = new EventSource('/api/notifications/events');
		this.#source = source;
		// Every "ready", the first too: what arrived between the page's load and the stream's opening.
		source.addEventListener('ready', () => {
			this.state = 'live';
			void this.refresh();
		});
		source.addEventListener('ring', () => void this.refresh());
		source.onerror = () => {
			if (source.readyState === EventSource.CLOSED) {
				this.state = 'offline';
				this.#retry = window.setTimeout(() => this.#closed || this.#open(), RETRY_MS);
			} else {
				this.state = 'connecting';
			}
		};
	}

	/** Reads the unread count and the latest entries; an older answer never overwrites a newer one. */
	async refresh(): Promise<void> {
		const asked = ++this.#asked;
		const sent = await send<NotificationListing>('/api/notifications');
		if (asked !== this.#asked) return;
		if (!sent.ok) {
			this.failed = sent.code;
			return;
		}
		this.failed = null;
		this.unread = sent.body.unread;
		this.latest = sent.body.notifications.slice(0, LATEST);
		this.loaded = true;
	}

	/**
	 * Marks entries read (`'all'`: every one). `keepalive` lets the request finish while the browser
	 * leaves the page, as when the person follows an entry's link.
	 */
	async markRead(which: number[] | 'all', keepalive = false): Promise<boolean> {
		this.#asked++;
		this.latest = this.latest.map((entry) =>
			which === 'all' || which.includes(entry.id) ? { ...entry, read: true } : entry
		);
		const sent = await send<{ unread: number }>('/api/notifications/read', {
			method: 'POST',
			json: which === 'all' ? { all: true } : { ids: which },
			keepalive
		});
		if (!sent.ok) {
			this.failed = sent.code;
			void this.refresh();
			return false;
		}
		this.failed = null;
		this.unread = sent.body.unread;
		return true;
	}

	/** Stops listening for good (the person signed out or the app is left). */
	close() {
		this.#closed = true;
		clearTimeout(this.#retry);
		this.#source?.close();
		this.#source = null;
	}
}

const key = Symbol('notification-feed');

export function setNotificationFeed(feed: NotificationFeed): NotificationFeed {
	return setContext(key, feed);
}

/** The bell's feed, or undefined where nobody is signed in. */
export function getNotificationFeed(): NotificationFeed | undefined {
	return getContext<NotificationFeed | undefined>(key);
}
