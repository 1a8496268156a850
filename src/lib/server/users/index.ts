// Creating and finding accounts. Usernames are stored lower-case; passwords only as argon2id hashes.
import type { GlobalRole } from '../../roles';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { Refusal } from '../../refusal';
import { accessChanged } from '../authz/access-changes';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

export type AccountErrorCode = 'username' | 'username_taken' | 'password' | 'display_name';

const fieldOf: Record<AccountErrorCode, string> = {
	username: 'username',
	username_taken: 'username',
	password: 'password',
	display_name: 'displayName'
};

/** The refusal of an account's name or password, naming the form field it is about. */
export function accountRefusal(code: AccountErrorCode): Refusal {
	return new Refusal(400, code, `${fieldOf[code]}: ${code}`, { field: fieldOf[code] });
}

export type NewUser = {
	username: string;
	displayName: string;
	password: string;
	globalRole?: GlobalRole | null;
};

export async function createUser(db: Db, input: NewUser): Promise<string> {
	const { users } = db.tables;
	const username = input.username.trim().toLowerCase();
	const displayName = input.displayName.trim();
	if (!USERNAME_PATTERN.test(username)) throw accountRefusal('username');
	if (!displayName || displayName.length > 80) throw accountRefusal('display_name');
	if (input.password.length < MIN_PASSWORD_LENGTH || input.password.length > 256)
		throw accountRefusal('password');
	if (await findUserByUsername(db, username)) throw accountRefusal('username_taken');
	const id = crypto.randomUUID();
	const passwordHash = await hashPassword(input.password);
	// Two sign-ups of one name at once: the unique index decides, and the loser hears "taken".
	const inserted = await db
		.insert(users)
		.values({ id, username, displayName, passwordHash, globalRole: input.globalRole ?? null })
		.onConflictDoNothing()
		.returning({ id: users.id });
	if (inserted.length === 0) throw accountRefusal('username_taken');
	return id;
}

export async function findUserByUsername(db: Db, username: string) {
	const { users } = db.tables;
	const [user] = await db
		.select({ id: users.id, username: users.username, displayName: users.displayName })
		.from(users)
		.where(eq(users.username, username.trim().toLowerCase()))
		.limit(1);
	return user;
}

export async function listUsers(db: Db) {
	const { users } = db.tables;
	return db
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			globalRole: users.globalRole
		})
		.from(users)
		.orderBy(asc(users.username));
}

export async function saveLocale(db: Db, userId: string, locale: string): Promise<void> {
	const { users } = db.tables;
	await db.update(users).set({ locale }).where(eq(users.id, userId));
}

/**
 * Gives `username` a new password and ends all of their sessions, in one transaction: the user's id
 * and how many sessions ended, or null when there is no such user. Throws accountRefusal('password')
 * for a password out of bounds.
 */
export async function setPassword(
	db: Db,
	username: string,
	password: string
): Promise<{ userId: string; sessionsEnded: number } | null> {
	if (password.length < MIN_PASSWORD_LENGTH || password.length > 256) throw accountRefusal('password');
	// Hashed before the transaction: argon2 takes a while, and the transaction may run again.
	const passwordHash = await hashPassword(password);
	const changed = await db.transaction(async (tx) => {
		const { users, sessions } = tx.tables;
		const [user] = await tx
			.update(users)
			.set({ passwordHash })
			.where(eq(users.username, username.trim().toLowerCase()))
			.returning({ id: users.id });
		if (!user) return null;
		const ended = await tx
			.delete(sessions)
			.where(eq(sessions.userId, user.id))
			.returning({ id: sessions.id });
		return { userId: user.id, sessionsEnded: ended.length };
	});
	// After the commit: a socket that asks before it would learn the old answer and keep it.
	if (changed) accessChanged();
	return changed;
}
