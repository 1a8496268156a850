// Moving an install from its SQLite file to PostgreSQL (`npm run db:copy`): every table copied in
// foreign-key order with its ids, in one PostgreSQL transaction, onto a database that must be
// empty; then checked: the same row counts, and every plan reads as the same PlanData on both.
import { isDeepStrictEqual } from 'node:util';
import { asc, count, getTableName, is, sql, Table, type Column } from 'drizzle-orm';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db, Tables } from './dialect';
import { getPlan } from '../plans';
import { readPlan } from '../plans/document';
import { Refusal } from '../../refusal';

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters for our widest table. */
const BATCH = 500;

/** A copy that cannot start: the target has rows, or it does not go from SQLite to PostgreSQL. */
const copyRefused = (message: string) => new Refusal(409, 'copy_refused', message);
/** A copy that is not the source: a count or a plan differs. */
const copyMismatch = (message: string) => new Refusal(409, 'copy_mismatch', message);

export type TableCount = { table: string; source: number; target: number };
export type CopyReport = { tables: TableCount[]; plans: number };

type TableKey = keyof Tables;
type AnyTable = SQLiteTable & Record<string, Column>;

function tablesOf(db: Db): [TableKey, AnyTable][] {
	return (Object.entries(db.tables) as [TableKey, unknown][])
		.filter(([, value]) => is(value, Table))
		.map(([key, value]) => [key, value as AnyTable]);
}

/** The tables in an order where every table comes after the tables it references. */
export function foreignKeyOrder(db: Db): TableKey[] {
	const byName = new Map(tablesOf(db).map(([key, table]) => [getTableName(table), key] as const));
	const needs = new Map<TableKey, Set<TableKey>>();
	for (const [key, table] of tablesOf(db)) {
		const references = getTableConfig(table).foreignKeys.map((fk) =>
			byName.get(getTableName(fk.reference().foreignTable))!
		);
		needs.set(key, new Set(references.filter((ref) => ref !== key)));
	}
	const order: TableKey[] = [];
	while (needs.size > 0) {
		const ready = [...needs]
			.filter(([, refs]) => [...refs].every((ref) => !needs.has(ref)))
			.map(([key]) => key);
		if (ready.length === 0) throw new Error(`foreign keys in a cycle: ${[...needs.keys()].join(', ')}`);
		for (const key of ready.sort()) {
			order.push(key);
			needs.delete(key);
		}
	}
	return order;
}

/** The source table's primary key columns: the order rows are read in, batch after batch. */
function primaryKeyOf(table: AnyTable): Column[] {
	const config = getTableConfig(table);
	const composite = config.primaryKeys[0]?.columns;
	if (composite) return composite;
	const single = config.columns.filter((column) => column.primary);
	return single.length > 0 ? single : config.columns;
}

async function rowCount(db: Db, table: AnyTable): Promise<number> {
	const [row] = await db.select({ n: count() }).from(table);
	return row?.n ?? 0;
}

/** Every table of `db` that has rows, with their number. */
export async function nonEmptyTables(db: Db): Promise<TableCount[]> {
	const found: TableCount[] = [];
	for (const [, table] of tablesOf(db)) {
		const n = await rowCount(db, table);
		if (n > 0) found.push({ table: getTableName(table), source: 0, target: n });
	}
	return found;
}

/**
 * Copies every row of `source` (SQLite) into `target` (PostgreSQL, migrated and empty) keeping ids,
 * then checks the copy. Refuses `copy_refused` when the target has any row (nothing is written), and
 * `copy_mismatch` when the check fails (the counts are checked before the commit, so then nothing is
 * written either; a plan that reads differently is found after it).
 */
export async function copyDatabase(
	source: Db,
	target: Db,
	progress: (line: string) => void = () => {}
): Promise<CopyReport> {
	if (source.engine !== 'sqlite' || target.engine !== 'postgres')
		throw copyRefused('the copy goes from SQLite to PostgreSQL');
	const order = foreignKeyOrder(source);
	const tables = await target.transaction(async (tx) => {
		const filled = await nonEmptyTables(tx);
		if (filled.length > 0)
			throw copyRefused(
				`the target database is not empty (${filled.map((t) => `${t.table}: ${t.target} rows`).join(', ')}); copy only into a new, empty database`
			);
		const counts: TableCount[] = [];
		for (const key of order) {
			const from = source.tables[key] as unknown as AnyTable;
			const to = tx.tables[key] as unknown as AnyTable;
			const name = getTableName(from);
			const by = primaryKeyOf(from).map((column) => asc(column));
			let copied = 0;
			for (;;) {
				const rows = await source
					.select()
					.from(from)
					.orderBy(...by)
					.limit(BATCH)
					.offset(copied);
				if (rows.length === 0) break;
				await tx.insert(to).values(rows);
				copied += rows.length;
				if (rows.length < BATCH) break;
			}
			// Explicit ids do not move an identity's sequence: the next insert must not collide.
			const id = to.id as (Column & { generatedIdentity?: unknown }) | undefined;
			if (id?.generatedIdentity)
				await tx
					.select({
						next: sql<number>`setval(pg_get_serial_sequence(${name}, 'id'), coalesce(max(${id}), 0) + 1, false)`
					})
					.from(to);
			const [sourceCount, targetCount] = [await rowCount(source, from), await rowCount(tx, to)];
			if (sourceCount !== targetCount || copied !== sourceCount)
				throw copyMismatch(`${name}: ${sourceCount} rows in the source, ${targetCount} copied`);
			counts.push({ table: name, source: sourceCount, target: targetCount });
			progress(`${name}: ${copied} rows`);
		}
		return counts;
	});
	const plans = await checkPlans(source, target);
	return { tables, plans };
}

/** Every plan's record and content read the same from both; returns how many plans were checked. */
export async function checkPlans(source: Db, target: Db): Promise<number> {
	const { plans } = source.tables;
	const ids = await source.select({ id: plans.id }).from(plans).orderBy(asc(plans.id));
	for (const { id } of ids) {
		const [before, after] = [await getPlan(source, id), await getPlan(target, id)];
		if (!before || !isDeepStrictEqual(before, after)) throw copyMismatch(`plan ${id}: its record differs`);
		if (!isDeepStrictEqual(await readPlan(source, before), await readPlan(target, before)))
			throw copyMismatch(`plan ${id}: its content differs`);
	}
	return ids.length;
}
