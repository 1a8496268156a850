// The plan's workshops as reactive plain data, re-read whenever the server changes them.
import type { PlanSession } from './plan-session.svelte';
import { readWorkshops, workshopsMap, type Workshop } from '$lib/plan/workshop';

export class LiveWorkshops {
	all = $state.raw<Workshop[]>([]);
	running = $derived(this.all.find((workshop) => workshop.state === 'running') ?? null);
	#stop: () => void;

	constructor(session: PlanSession) {
		const root = workshopsMap(session.doc);
		const read = () => (this.all = readWorkshops(session.doc));
		read();
		root.observeDeep(read);
		this.#stop = () => root.unobserveDeep(read);
	}

	destroy(): void {
		this.#stop();
	}
}
