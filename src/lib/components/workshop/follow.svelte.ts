// "Follow me": the leading facilitator's page and view travel in awareness (never in the document);
// everyone else in the workshop goes where they are, unless they chose to look around on their own.
// Opened once by the plan's layout, so following carries on from page to page.
import { getContext, setContext, untrack } from 'svelte';
import { afterNavigate, beforeNavigate, goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import type { Awareness } from 'y-protocols/awareness';
import type { Workshop } from '$lib/plan/workshop';
import { leaderOf, pathIn, sameLeaders, type FollowView, type Leader, type Leading } from './follow-state';

export type { FollowView, Leader } from './follow-state';

/** A page with a view of its own (the map's viewport) shares and takes it here instead of the scroll. */
export type ViewSource = { read(): FollowView | null; apply(view: FollowView): void };

type Setting = {
	awareness: () => Awareness | null;
	workshop: () => Workshop | null;
	userId: () => string;
	cluster: () => string;
	plan: () => string;
};

/** Scrolling sends the leader's view at most this often: sixty followers need not see every pixel. */
const PUBLISH_EVERY_MS = 150;

function scrollView(): FollowView {
	const room = document.documentElement.scrollHeight - window.innerHeight;
	return { kind: 'scroll', at: room > 0 ? Math.round((window.scrollY / room) * 1000) / 1000 : 0 };
}

function scrollTo(at: number) {
	const room = document.documentElement.scrollHeight - window.innerHeight;
	if (room > 0) window.scrollTo({ top: at * room, behavior: 'instant' });
}

export class Follow {
	/** The followers' choice to look around on their own; a new "follow me" asks them again. */
	stopped = $state(false);
	/** The view of the page shown now when it has its own (the map); null means the page's scroll. */
	source = $state.raw<ViewSource | null>(null);
	#setting: Setting;
	/** Every leading facilitator's state that carries a page; compared as text, so pointers redraw nothing. */
	#leads = $state.raw<Leader[]>([]);
	#timer: ReturnType<typeof setTimeout> | 0 = 0;
	#sent = '';
	/** The page this client was sent to, so arriving there is not taken for leaving. */
	#steering: string | null = null;

	constructor(setting: Setting) {
		this.#setting = setting;
	}

	/** The page shown now, inside the plan: `map`, `workshop`, `versions/3`. */
	readonly path = $derived(pathIn(page.url.pathname, this.#planPath));
	readonly on = $derived(this.#workshop?.follow.on === true && this.#workshop.follow.by !== null);
	readonly leaderId = $derived(this.on ? (this.#workshop?.follow.by ?? null) : null);
	readonly amLeader = $derived(this.leaderId !== null && this.leaderId === this.#userId);
	readonly following = $derived(this.on && !this.amLeader && !this.stopped);
	/** The leader's latest state (their newest tab), when they are here. */
	readonly leader = $derived.by(() => {
		let newest: Leader | null = null;
		for (const lead of this.#leads) {
			if (lead.id === this.leaderId && (!newest || lead.at > newest.at)) newest = lead;
		}
		return newest;
	});
	/** The leader's name, from their session or the attendance; null when nobody leads. */
	readonly leaderName = $derived(
		this.leaderId === null
			? null
			: (this.leader?.name ??
					this.#workshop?.attendees.find((attendee) => attendee.id === this.leaderId)?.name ??
					null)
	);
	readonly #followKey = $derived(this.on ? `${this.#workshop?.id}:${this.leaderId}` : '');

	get #workshop() {
		return this.#setting.workshop();
	}
	get #userId() {
		return this.#setting.userId();
	}
	get #cluster() {
		return this.#setting.cluster();
	}
	get #plan() {
		return this.#setting.plan();
	}
	get #planPath() {
		return resolve('/c/[cluster]/p/[plan]', { cluster: this.#cluster, plan: this.#plan });
	}

	stop() {
		this.stopped = true;
	}

	resume() {
		this.stopped = false;
	}

	/** Makes `source` the view followers see and set; returns how to take it back. */
	register(source: ViewSource): () => void {
		this.source = source;
		return () => {
			if (this.source === source) this.source = null;
		};
	}

	/** The leader's view moved (a scroll, a pan): shared soon, at most every so often. */
	viewChanged() {
		if (!untrack(() => this.amLeader) || this.#timer) return;
		this.#timer = setTimeout(() => {
			this.#timer = 0;
			this.#publish();
		}, PUBLISH_EVERY_MS);
	}

	#publish() {
		const awareness = this.#setting.awareness();
		const path = this.path;
		if (!awareness?.getLocalState() || !path) return;
		const view = this.source?.read() ?? scrollView();
		const text = JSON.stringify({ path, view });
		if (text === this.#sent) return;
		this.#sent = text;
		awareness.setLocalStateField('workshop', { path, view, at: Date.now() } satisfies Leading);
	}

	#go(leader: Leader) {
		if (leader.path !== this.path) {
			if (this.#steering === leader.path) return;
			this.#steering = leader.path;
			// The path was checked against a strict pattern: it stays a page of this plan.
			void goto(resolve(`/c/${this.#cluster}/p/${this.#plan}/${leader.path}`));
			return;
		}
		if (leader.view?.kind === 'map') this.source?.apply(leader.view);
		else if (leader.view?.kind === 'scroll' && !this.source) scrollTo(leader.view.at);
	}

	/** Starts sharing and following; call during the layout's init. */
	start() {
		$effect(() => {
			const awareness = this.#setting.awareness();
			if (!awareness) return;
			const read = () => {
				const leads: Leader[] = [];
				for (const [clientId, state] of awareness.getStates()) {
					const lead = clientId === awareness.clientID ? null : leaderOf(state);
					if (lead) leads.push(lead);
				}
				if (!sameLeaders(leads, this.#leads)) this.#leads = leads;
			};
			untrack(read);
			awareness.on('change', read);
			return () => {
				awareness.off('change', read);
				this.#leads = [];
			};
		});

		// A new "follow me" (another workshop, another leader) brings everyone along again.
		$effect(() => {
			void this.#followKey;
			untrack(() => (this.stopped = false));
		});

		// The leader shares their page at once and their view as it moves; they stop sharing when done.
		$effect(() => {
			const awareness = this.#setting.awareness();
			if (!this.amLeader || !awareness) return;
			const scrolled = () => this.viewChanged();
			window.addEventListener('scroll', scrolled, { passive: true });
			return () => {
				window.removeEventListener('scroll', scrolled);
				clearTimeout(this.#timer);
				this.#timer = 0;
				this.#sent = '';
				if (awareness.getLocalState()) awareness.setLocalStateField('workshop', null);
			};
		});
		$effect(() => {
			void this.path;
			void this.source;
			if (this.amLeader) untrack(() => this.#publish());
		});

		// Followers go where the leader is and look where they look.
		$effect(() => {
			const leader = this.following ? this.leader : null;
			void this.path;
			void this.source;
			if (leader) untrack(() => this.#go(leader));
		});
		// A page still arriving grows under the follower: keep its scroll where the leader's is.
		$effect(() => {
			if (!this.following) return;
			const observer = new ResizeObserver(() =>
				untrack(() => {
					const leader = this.leader;
					if (leader?.view?.kind === 'scroll' && leader.path === this.path && !this.source)
						scrollTo(leader.view.at);
				})
			);
			observer.observe(document.body);
			return () => observer.disconnect();
		});

		// A follower who opens another page themselves has left to look around: they stop following.
		// Decided before the page changes, or the follower would be taken back to the leader's page.
		beforeNavigate(({ to, type }) => {
			if (!to || type === 'leave') return;
			untrack(() => {
				const leader = this.leader;
				const path = pathIn(to.url.pathname, this.#planPath);
				if (!this.following || !leader || path === this.#steering || path === leader.path) return;
				this.stopped = true;
			});
		});
		afterNavigate(() => (this.#steering = null));
		return this;
	}
}

const key = Symbol('follow');

export function setFollow(follow: Follow): Follow {
	return setContext(key, follow);
}

/** Undefined outside a plan's pages (a component shown on its own). */
export function getFollow(): Follow | undefined {
	return getContext<Follow | undefined>(key);
}
