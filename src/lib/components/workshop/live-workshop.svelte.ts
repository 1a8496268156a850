// The plan's workshops, opened once by the plan's layout for its live session and shared by every
// page of the plan: the bar on each page and the workshop page read the same running workshop.
import { getContext, setContext } from 'svelte';
import type { PlanSession } from '$lib/collab/plan-session.svelte';
import { LiveWorkshops } from '$lib/collab/workshops.svelte';
import type { Workshop } from '$lib/plan/workshop';

export class LiveWorkshop {
	/** Null on the server and until the plan's session is open. */
	workshops = $state.raw<LiveWorkshops | null>(null);

	/** Every workshop of the plan, newest first. */
	get all(): Workshop[] {
		return this.workshops?.all ?? [];
	}

	get running(): Workshop | null {
		return this.workshops?.running ?? null;
	}

	/** Reads the workshops of the session `session()` returns, and again when it changes; call during init. */
	follow(session: () => PlanSession | null) {
		$effect(() => {
			const current = session();
			if (!current) return;
			const workshops = new LiveWorkshops(current);
			this.workshops = workshops;
			return () => {
				this.workshops = null;
				workshops.destroy();
			};
		});
		return this;
	}
}

const key = Symbol('live-workshop');

export function setLiveWorkshop(live: LiveWorkshop): LiveWorkshop {
	return setContext(key, live);
}

export function getLiveWorkshop(): LiveWorkshop {
	return getContext<LiveWorkshop>(key);
}
