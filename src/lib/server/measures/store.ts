// Support measures as the catalogue's domain reads them, from and to their rows. The fields are
// stored as JSON and read back through the same check as a new measure's body, so a row written by
// an older version or by hand is never taken on trust.
import { asc, eq } from 'drizzle-orm';
import type { Measure } from '../../measures/measure';
import { checkNewMeasure } from '../../measures/measure-form';
import type { Db } from '../db';

type Reader = Pick<Db, 'select' | 'tables'>;
type Writer = Pick<Db, 'insert' | 'tables'>;
type MeasureRow = Db['tables']['measures']['$inferSelect'];

function measureOf(row: MeasureRow): Measure {
	return { ...checkNewMeasure(row.data).input, id: row.id, updatedAt: row.updatedAt.toISOString() };
}

export async function readMeasure(db: Reader, id: string): Promise<Measure | null> {
	const { measures } = db.tables;
	const [row] = await db.select().from(measures).where(eq(measures.id, id)).limit(1);
	return row ? measureOf(row) : null;
}

/** Every measure, in the order they were added (the demo's order, then the ones KIDI added). */
export async function readMeasures(db: Reader): Promise<Measure[]> {
	const { measures } = db.tables;
	const rows = await db.select().from(measures).orderBy(asc(measures.createdAt), asc(measures.id));
	return rows.map(measureOf);
}

/** Stores `measure` whole, inserting it when new; `by` is who added it (kept from the first write). */
export async function writeMeasure(db: Writer, measure: Measure, by: string | null): Promise<void> {
	const { measures } = db.tables;
	const { id, updatedAt, ...data } = measure;
	const values = {
		status: data.status,
		instrument: data.instrument,
		data,
		updatedAt: new Date(updatedAt)
	};
	await db
		.insert(measures)
		.values({ id, createdBy: by, ...values })
		.onConflictDoUpdate({ target: measures.id, set: values });
}
