// The plan's live session, opened once by the plan's layout and shared by its tabs: moving between
// the map, the strategy and the projects keeps one websocket, one offline copy, the presence of the
// others and this person's undo history.
import { getContext, setContext, untrack } from 'svelte';
import { PlanSession } from './plan-session.svelte';

type Opening = { planId: string; title: string; canEdit: boolean; username: string };

export class LivePlan {
	/** Null on the server and until the browser has opened it. */
	session = $state.raw<PlanSession | null>(null);

	/** Opens the session for the plan `open()` returns, and again whenever that changes; call during init. */
	follow(open: () => Opening) {
		$effect(() => {
			const { planId, canEdit, username } = open();
			// A renamed plan is the same plan: its title alone does not reopen the session.
			const title = untrack(() => open().title);
			const session = new PlanSession(planId, title, canEdit, username);
			this.session = session;
			return () => {
				this.session = null;
				session.destroy();
			};
		});
	}
}

const key = Symbol('live-plan');

export function setLivePlan(live: LivePlan): LivePlan {
	return setContext(key, live);
}

export function getLivePlan(): LivePlan {
	return getContext<LivePlan>(key);
}
