// Secrets the server makes once and keeps in its database (never sent to a browser).
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from './db';
import { serverSecrets } from './db/schema';

/** The secret called `name`, made (32 random bytes) on first use. */
export function serverSecret(db: Db, name: string): Buffer {
	const found = db.select().from(serverSecrets).where(eq(serverSecrets.name, name)).get();
	if (found) return found.value;
	db.insert(serverSecrets)
		.values({ name, value: randomBytes(32) })
		.onConflictDoNothing()
		.run();
	return db.select().from(serverSecrets).where(eq(serverSecrets.name, name)).get()!.value;
}
