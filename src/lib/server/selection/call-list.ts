// The calls a person may see, as a list shows them: without the rules and criteria a list has no
// room for, so the page does not carry every call whole.
import type { AppUser } from '../authz/actor';
import type { Db } from '../db';
import { listCalls } from './calls';
import type { StoredCall } from './store';

/** A call as a list shows it. */
export type CallSummary = Pick<StoredCall, 'id' | 'title' | 'state' | 'opensAt' | 'closesAt' | 'seats'>;

export const callSummary = (call: StoredCall): CallSummary => ({
	id: call.id,
	title: call.title,
	state: call.state,
	opensAt: call.opensAt,
	closesAt: call.closesAt,
	seats: call.seats
});

/** The calls `user` may see, the newest first. */
export async function callList(db: Db, user: AppUser): Promise<CallSummary[]> {
	return (await listCalls(db, user)).map(callSummary);
}
