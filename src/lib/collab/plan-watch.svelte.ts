// Whether the signed-in person watches the open plan, or some of its items: read with the plan's
// pages, changed through /api/plans/<id>/watch. Shared by the plan's header and the comment panels.
import { getContext, setContext } from 'svelte';
import { send } from '$lib/api/send';

/** What the plan's load says: the whole plan (the role's default included), and the items chosen. */
export type Watching = { plan: boolean; items: string[] };

export class PlanWatch {
	planId = $state('');
	plan = $state(false);
	items = $state.raw<string[]>([]);
	busy = $state(false);
	/** The refusal code of the last change that failed, for refusal-text. */
	failed = $state<string | null>(null);

	/** Takes what the server loaded (a new plan, or the same after a reload of its data). */
	reset(planId: string, watching: Watching) {
		this.planId = planId;
		this.plan = watching.plan;
		this.items = watching.items;
		this.failed = null;
	}

	watchesItem(itemId: string): boolean {
		return this.items.includes(itemId);
	}

	/** Starts or stops watching the whole plan (`itemId` '') or one item. */
	async toggle(itemId = ''): Promise<void> {
		const on = itemId ? !this.watchesItem(itemId) : !this.plan;
		this.busy = true;
		const sent = await send<{ watching: boolean; itemId: string }>(
			`/api/plans/${encodeURIComponent(this.planId)}/watch`,
			{ method: on ? 'POST' : 'DELETE', json: { itemId } }
		);
		this.busy = false;
		if (!sent.ok) {
			this.failed = sent.code;
			return;
		}
		this.failed = null;
		if (!itemId) this.plan = sent.body.watching;
		else
			this.items = sent.body.watching
				? [...this.items.filter((id) => id !== itemId), itemId]
				: this.items.filter((id) => id !== itemId);
	}
}

const key = Symbol('plan-watch');

export function setPlanWatch(watch: PlanWatch): PlanWatch {
	return setContext(key, watch);
}

/** The open plan's watching, or undefined outside a plan's pages. */
export function getPlanWatch(): PlanWatch | undefined {
	return getContext<PlanWatch | undefined>(key);
}
