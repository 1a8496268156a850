// Reading the audit log for the audit page: filtered, newest first, a page at a time, with the
// names of the people, clusters and plans its rows point at.
import { and, asc, count, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { Db, Tables } from '../db';
import type { Lang, Localized } from '../../plan';
import { byNameIn, clusterNameColumns, planTitleColumns } from '../clusters/names';

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
	clusterId?: string;
	userId?: string;
	action?: string;
	/** First day shown (YYYY-MM-DD), from its midnight in the server's time zone. */
	from?: string;
	/** Last day shown (YYYY-MM-DD), up to its end. */
	to?: string;
	/** The cursor of the last row of the page before: rows strictly older than it. */
	before?: string;
};

export type AuditRow = {
	id: number;
	at: string;
	userId: string | null;
	userName: string | null;
	action: string;
	clusterId: string | null;
	clusterName: Localized | null;
	target: string | null;
	/** The target in words when it names a plan (`<plan>` or `<plan>/<year>`) or a person. */
	targetName: Localized | null;
	detail: unknown;
};

export type AuditPage = { rows: AuditRow[]; older: string | null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight of a YYYY-MM-DD day, or null for anything else. */
export function dayStart(day: string | undefined): Date | null {
	if (!day || !DAY.test(day)) return null;
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const date = new Date(y, m - 1, d);
	return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/** A page cursor: the row's time and id, so rows written with an older time (an import) still page right. */
function cursorOf(row: { at: Date; id: number }): string {
	return `${row.at.getTime()}-${row.id}`;
}

function parseCursor(cursor: string | undefined): { at: number; id: number } | null {
	const match = /^(\d+)-(\d+)$/.exec(cursor ?? '');
	return match ? { at: Number(match[1]), id: Number(match[2]) } : null;
}

function conditions(auditLog: Tables['auditLog'], filter: AuditFilter): SQL[] {
	const where: SQL[] = [];
	if (filter.clusterId) where.push(eq(auditLog.clusterId, filter.clusterId));
	if (filter.userId) where.push(eq(auditLog.userId, filter.userId));
	if (filter.action) where.push(eq(auditLog.action, filter.action));
	const from = dayStart(filter.from);
	if (from) where.push(gte(auditLog.at, from));
	const to = dayStart(filter.to);
	if (to) where.push(lt(auditLog.at, new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1)));
	const before = parseCursor(filter.before);
	if (before) {
		const at = new Date(before.at);
		where.push(or(lt(auditLog.at, at), and(eq(auditLog.at, at), lt(auditLog.id, before.id)))!);
	}
	return where;
}

/** One page of the log matching `filter`, newest first, and the cursor of the next older page. */
export async function auditPage(db: Db, filter: AuditFilter, size = AUDIT_PAGE_SIZE): Promise<AuditPage> {
	const { auditLog, clusters, users } = db.tables;
	const found = await db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			userId: auditLog.userId,
			userName: users.displayName,
			action: auditLog.action,
			clusterId: auditLog.clusterId,
			clusterName: clusterNameColumns(clusters).name,
			target: auditLog.target,
			detail: auditLog.detail
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.userId))
		.leftJoin(clusters, eq(clusters.id, auditLog.clusterId))
		.where(and(...conditions(auditLog, filter)))
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(size + 1);
	const shown = found.slice(0, size);
	const names = await targetNames(
		db,
		shown.map((row) => row.target)
	);
	return {
		rows: shown.map((row) => ({
			...row,
			at: row.at.toISOString(),
			targetName: row.target ? (names.get(row.target.split('/')[0]!) ?? null) : null
		})),
		older: found.length > size ? cursorOf(shown[shown.length - 1]!) : null
	};
}

/** Plan titles and people's names (the same in every language) for the targets that are plan or user ids. */
async function targetNames(db: Db, targets: (string | null)[]): Promise<Map<string, Localized>> {
	const { plans, users } = db.tables;
	const ids = [...new Set(targets.filter((t): t is string => !!t).map((t) => t.split('/')[0]!))];
	const names = new Map<string, Localized>();
	if (ids.length === 0) return names;
	for (const plan of await db
		.select({ id: plans.id, title: planTitleColumns(plans) })
		.from(plans)
		.where(inArray(plans.id, ids)))
		names.set(plan.id, plan.title);
	for (const user of await db
		.select({ id: users.id, name: users.displayName })
		.from(users)
		.where(inArray(users.id, ids)))
		names.set(user.id, { ru: user.name, kk: user.name, en: user.name });
	return names;
}

export type AuditChoices = {
	clusters: { id: string; name: Localized }[];
	people: { id: string; name: string }[];
	actions: string[];
};

/** What the filters offer: every cluster (by name in `lang`), and the people and actions the log holds. */
export async function auditChoices(db: Db, lang: Lang): Promise<AuditChoices> {
	const { auditLog, clusters, users } = db.tables;
	const [clusterRows, people, actions] = await Promise.all([
		db.select({ id: clusters.id, name: clusterNameColumns(clusters).name }).from(clusters),
		db
			.selectDistinct({ id: users.id, name: users.displayName })
			.from(auditLog)
			.innerJoin(users, eq(users.id, auditLog.userId))
			.orderBy(asc(users.displayName), asc(users.id)),
		db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action))
	]);
	return {
		clusters: clusterRows.sort(byNameIn(lang)),
		people,
		actions: actions.map((row) => row.action)
	};
}

/** The filter a page's query string asks for; unknown or malformed values are dropped. */
export function auditFilterFrom(params: URLSearchParams): AuditFilter {
	const take = (name: string) => {
		const value = params.get(name)?.trim();
		return value ? value.slice(0, 200) : undefined;
	};
	const day = (name: string) => (dayStart(take(name)) ? take(name) : undefined);
	return {
		clusterId: take('cluster'),
		userId: take('person'),
		action: take('action'),
		from: day('from'),
		to: day('to'),
		before: parseCursor(take('before')) ? take('before') : undefined
	};
}

/** How many rows match `filter`, over all its pages. */
export async function auditCount(db: Db, filter: AuditFilter): Promise<number> {
	const { auditLog } = db.tables;
	const [row] = await db
		.select({ n: count() })
		.from(auditLog)
		.where(and(...conditions(auditLog, { ...filter, before: undefined })));
	return row?.n ?? 0;
}
