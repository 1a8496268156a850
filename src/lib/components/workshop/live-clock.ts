// The server's clock as of the plan's load, so a member who never sends a request still sees the
// timer everyone else sees. Later replies from the workshop door correct it further.
import { afterNavigate } from '$app/navigation';
import { untrack } from 'svelte';
import { serverClock } from './call';

/** Takes `serverNow()` (the layout's `serverNow`) into the server clock whenever it is new; call during init. */
export function observeServerClock(serverNow: () => number) {
	let seen: number | null = null;
	afterNavigate(({ type }) => {
		const at = untrack(serverNow);
		if (at === seen) return;
		const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
		// On the page's first load the server took its time while sending the page; on a later
		// navigation the layout's data was fetched just now.
		if (seen === null && type === 'enter' && entry) {
			const sent = performance.timeOrigin + entry.requestStart;
			serverClock.observe(at, sent, performance.timeOrigin + entry.responseStart);
		} else {
			const now = Date.now();
			serverClock.observe(at, now, now);
		}
		seen = at;
	});
}
