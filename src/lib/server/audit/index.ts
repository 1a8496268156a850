// The audit log: who did what, when, in which cluster. Written beside the change it records.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db';

export type AuditEntry = {
	userId: string | null;
	action: string;
	clusterId?: string | null;
	target?: string | null;
	detail?: Record<string, unknown>;
};

/** Writes one entry; inside a transaction, pass its `tx` so the entry lands with the change. */
export async function audit(
	db: Pick<Db, 'insert' | 'tables'>,
	entry: AuditEntry,
	now = Date.now()
): Promise<void> {
	const { auditLog } = db.tables;
	await db.insert(auditLog).values({
		at: new Date(now),
		userId: entry.userId,
		action: entry.action,
		clusterId: entry.clusterId ?? null,
		target: entry.target ?? null,
		detail: entry.detail ?? null
	});
}

export async function clusterAudit(db: Db, clusterId: string, limit = 20) {
	const { auditLog } = db.tables;
	return db
		.select()
		.from(auditLog)
		.where(eq(auditLog.clusterId, clusterId))
		.orderBy(desc(auditLog.id))
		.limit(limit);
}
