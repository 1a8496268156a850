// Who may sit on a call's panel, and the names of those who do. Evaluators are KIDI's reviewers and
// the programme's consultants (accounts without a global role); an applicant would score their
// rivals, and an admin runs the call rather than scoring in it.
import { listUsers } from '../users';
import type { Db } from '../db';

/** A person as the call's pages name them. */
export type Person = { id: string; displayName: string; username: string };

/** The people a panel is chosen from (`candidate`), and anyone already on `panel` who no longer is. */
export async function panelPeople(
	db: Db,
	panel: readonly string[]
): Promise<(Person & { candidate: boolean })[]> {
	const users = await listUsers(db);
	return users
		.map((user) => ({
			id: user.id,
			displayName: user.displayName,
			username: user.username,
			candidate: user.globalRole === null || user.globalRole === 'reviewer'
		}))
		.filter((user) => user.candidate || panel.includes(user.id))
		.sort((a, b) => a.displayName.localeCompare(b.displayName, 'ru'));
}
