// Secrets the server makes once and keeps in its database (never sent to a browser).
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from './db';

/** The secret called `name`, made (32 random bytes) on first use. */
export async function serverSecret(db: Db, name: string): Promise<Buffer> {
	const { serverSecrets } = db.tables;
	const read = async () =>
		(await db.select().from(serverSecrets).where(eq(serverSecrets.name, name)).limit(1))[0]?.value;
	const found = await read();
	if (found) return found;
	// Two first uses at once: the primary key keeps the first, and both read it back.
	await db
		.insert(serverSecrets)
		.values({ name, value: randomBytes(32) })
		.onConflictDoNothing();
	return (await read())!;
}
