// The people a call's pages name: evaluators by their display names rather than their ids, and the
// accounts KIDI may make a new cluster's facilitator.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';

type Reader = Pick<Db, 'select' | 'tables'>;

/** A person as a page names them. */
export type Person = { id: string; displayName: string };

/** The display name of each of `ids` that is an account; an id no longer an account is left out. */
export async function displayNames(db: Reader, ids: readonly string[]): Promise<Record<string, string>> {
	const wanted = [...new Set(ids)];
	if (wanted.length === 0) return {};
	const { users } = db.tables;
	const rows = await db
		.select({ id: users.id, displayName: users.displayName })
		.from(users)
		.where(inArray(users.id, wanted));
	return Object.fromEntries(rows.map((row) => [row.id, row.displayName]));
}

/**
 * Who may facilitate a new cluster: every account but the applicants' (an initiative's
 * representative joins its cluster as a member), those who facilitate a cluster already first,
 * then by display name.
 */
export async function facilitatorCandidates(db: Reader): Promise<Person[]> {
	const { users, memberships } = db.tables;
	const [rows, facilitating] = await Promise.all([
		db
			.select({ id: users.id, displayName: users.displayName, globalRole: users.globalRole })
			.from(users)
			.orderBy(asc(users.displayName), asc(users.id)),
		db.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.role, 'facilitator'))
	]);
	const experienced = new Set(facilitating.map((row) => row.userId));
	const candidates = rows.filter((row) => row.globalRole !== 'applicant');
	return [
		...candidates.filter((row) => experienced.has(row.id)),
		...candidates.filter((row) => !experienced.has(row.id))
	].map(({ id, displayName }) => ({ id, displayName }));
}
