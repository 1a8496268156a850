// The sockets each person has open on the other instances, so the per-user bounds (plans open at
// once, sockets on one plan) count a person's sockets everywhere, not only here. Every instance tells
// the others a person's open plans whenever they change; a new instance, or one whose Redis came
// back, asks everyone to tell theirs again; an instance taken for gone is forgotten. It is news, so
// a burst of sockets opening at the same moment on two instances may pass a bound by a few: the
// bounds keep a stuck client or a script from holding the server's memory, not an exact quota.
import type { News } from './news';

const TOPIC = 'sockets';

/** Per plan, how many sockets a person has open. */
export type OpenPlans = Map<string, number>;

type Told = { instance: string; plans: Record<string, number> } | { instance: string; ask: true };

export class SocketsElsewhere {
	/** Per other instance, per person, the plans open there. */
	#elsewhere = new Map<string, Map<string, OpenPlans>>();

	constructor(
		private readonly news: News,
		/** Every person with a socket here, and their open plans. */
		private readonly here: () => Map<string, OpenPlans>
	) {}

	/** Begins hearing, then asks the instances already running to tell what they hold. */
	async start(): Promise<void> {
		await this.news.hear(TOPIC, (userId, body) => this.#heard(userId, body as Told));
		this.news.onGone((instance) => this.#elsewhere.delete(instance));
		this.news.onResumed(() => this.#askAll());
		this.#askAll();
	}

	/** Tells the others what `userId` now has open here (nothing, once their last socket closed). */
	tell(userId: string, plans: OpenPlans): void {
		this.news.tell(TOPIC, userId, {
			instance: this.news.instance,
			plans: Object.fromEntries(plans)
		} satisfies Told);
	}

	/** What `userId` has open on the other instances, per plan. */
	of(userId: string): OpenPlans {
		const total: OpenPlans = new Map();
		for (const people of this.#elsewhere.values())
			for (const [planId, count] of people.get(userId) ?? [])
				total.set(planId, (total.get(planId) ?? 0) + count);
		return total;
	}

	#askAll(): void {
		this.news.tell(TOPIC, '', { instance: this.news.instance, ask: true } satisfies Told);
		for (const [userId, plans] of this.here()) this.tell(userId, plans);
	}

	#heard(userId: string, told: Told): void {
		if ('ask' in told) {
			for (const [id, plans] of this.here()) this.tell(id, plans);
			return;
		}
		let people = this.#elsewhere.get(told.instance);
		if (!people) this.#elsewhere.set(told.instance, (people = new Map()));
		const plans = new Map(
			Object.entries(told.plans).filter(([, count]) => Number.isInteger(count) && count > 0)
		);
		if (plans.size > 0) people.set(userId, plans);
		else people.delete(userId);
	}
}
