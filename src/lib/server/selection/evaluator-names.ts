// The names of the people on a call's panel, as an application's sheets show them.
import { inArray } from 'drizzle-orm';
import type { Db } from '../db';

/** Display names by user id, for the ids given (unknown ids are left out). */
export async function evaluatorNames(db: Db, ids: readonly string[]): Promise<Record<string, string>> {
	const unique = [...new Set(ids)];
	if (unique.length === 0) return {};
	const { users } = db.tables;
	const rows = await db
		.select({ id: users.id, name: users.displayName })
		.from(users)
		.where(inArray(users.id, unique));
	return Object.fromEntries(rows.map((row) => [row.id, row.name]));
}
