// This person's dots in the workshop's votes. Which ballot is theirs comes from the server (`ballotKey`,
// asked once per vote: an anonymous vote's keys say nobody's name); the dots themselves are read
// from the document, except that a reply to a click shows at once, until the document moves on.
import { callWorkshop } from './call';
import type { Said } from '$lib/refusal-text';
import type { Vote } from '$lib/plan/workshop';

type Ballot = Record<string, number>;
/** A reply's ballot and the document's ballot when the reply came. */
type Reply = { ballot: Ballot; documentThen: string };

function same(ballot: Ballot): string {
	return JSON.stringify(Object.entries(ballot).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export class VoteBallots {
	#keys = $state<Record<string, string>>({});
	#replies = $state<Record<string, Reply>>({});
	/** Votes whose key is being asked for (plain: nothing on screen shows it). */
	#asking: Record<string, boolean> = {};

	/** `planId` is read at each call, so the ballots follow the page's plan. */
	constructor(readonly planId: () => string) {}

	/** This person's key into `vote.ballots`, or null until the server has said. */
	key(voteId: string): string | null {
		return this.#keys[voteId] ?? null;
	}

	/** Asks the server for the key once per vote; a refusal is forgotten, so the next call asks again. */
	async ask(voteId: string): Promise<Said | null> {
		if (this.#keys[voteId] || this.#asking[voteId]) return null;
		this.#asking[voteId] = true;
		const reply = await callWorkshop(this.planId(), 'ballotKey', { voteId });
		delete this.#asking[voteId];
		if (!reply.ok) return reply;
		this.#keys[voteId] = (reply.result as { key: string }).key;
		return null;
	}

	/** This person's dots per item, or null while the key is not known. */
	ballot(vote: Vote): Ballot | null {
		const key = this.key(vote.id);
		if (key === null) return null;
		const stored = vote.ballots[key] ?? {};
		const reply = this.#replies[vote.id];
		return reply && reply.documentThen === same(stored) ? reply.ballot : stored;
	}

	/** Dots this person has not put anywhere yet. */
	left(vote: Vote): number {
		const ballot = this.ballot(vote) ?? {};
		const used = Object.values(ballot).reduce((sum, dots) => sum + dots, 0);
		return Math.max(0, vote.perPerson - used);
	}

	/** Adds (1) or takes back (−1) a dot on `item`; the refusal when the server says no. */
	async cast(vote: Vote, item: string, delta: 1 | -1): Promise<Said | null> {
		const reply = await callWorkshop(this.planId(), 'vote', { voteId: vote.id, item, delta });
		if (!reply.ok) return reply;
		const key = this.key(vote.id);
		const { ballot } = reply.result as { ballot: Ballot };
		this.#replies[vote.id] = { ballot, documentThen: same((key && vote.ballots[key]) || {}) };
		return null;
	}
}
