// The audit log: who did what, when, in which cluster. Written beside the change it records.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { auditLog } from '../db/schema';

export type AuditEntry = {
	userId: string | null;
	action: string;
	clusterId?: string | null;
	target?: string | null;
	detail?: Record<string, unknown>;
};

export function audit(db: Pick<Db, 'insert'>, entry: AuditEntry, now = Date.now()): void {
	db.insert(auditLog)
		.values({
			at: new Date(now),
			userId: entry.userId,
			action: entry.action,
			clusterId: entry.clusterId ?? null,
			target: entry.target ?? null,
			detail: entry.detail ?? null
		})
		.run();
}

export function clusterAudit(db: Db, clusterId: string, limit = 20) {
	return db
		.select()
		.from(auditLog)
		.where(eq(auditLog.clusterId, clusterId))
		.orderBy(desc(auditLog.id))
		.limit(limit)
		.all();
}
