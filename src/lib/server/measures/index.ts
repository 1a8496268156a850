// The catalogue of state support measures: everyone signed in reads it, KIDI's admins and
// reviewers add and change measures. Every change is written to the audit log with the fields it
// touched, so who changed a ceiling or a status can be found later.
import { Refusal, refusals } from '../../refusal';
import type { Measure, MeasureInput } from '../../measures/measure';
import { checkMeasurePatch, checkNewMeasure, measureSlug } from '../../measures/measure-form';
import type { AppUser } from '../authz/actor';
import { can } from '../authz/can';
import { audit } from '../audit';
import type { Db } from '../db';
import { readMeasure, readMeasures, writeMeasure } from './store';

function mayView(user: AppUser): void {
	if (!can(user, 'measure.view')) throw refusals.forbidden('Sign in to read the support measures');
}

function mayManage(user: AppUser): void {
	if (!can(user, 'measure.manage')) {
		throw refusals.forbidden('Only KIDI’s admins and reviewers keep the catalogue of support measures');
	}
}

/** What a person wrote of a measure: all but its id and its last change. */
function inputOf(measure: Measure): MeasureInput {
	const { id, updatedAt, ...input } = measure;
	void id;
	void updatedAt;
	return input;
}

/** Every measure of the catalogue. */
export async function listMeasures(db: Db, user: AppUser): Promise<Measure[]> {
	mayView(user);
	return readMeasures(db);
}

/** One measure; 404 when the catalogue has none of that id. */
export async function getMeasure(db: Db, user: AppUser, id: string): Promise<Measure> {
	mayView(user);
	const measure = await readMeasure(db, id);
	if (!measure) throw refusals.notFound('No support measure has this id');
	return measure;
}

/**
 * The first of `base`, `base-2`, `base-3`… that no measure has: a name made into an id may meet
 * another measure's (two "Grant"s of two operators), and neither should be refused for it.
 */
async function freeId(db: Db, base: string): Promise<string> {
	for (let n = 1; ; n += 1) {
		const id = n === 1 ? base : `${base}-${n}`;
		if (!(await readMeasure(db, id))) return id;
	}
}

/**
 * A new measure from `body`: its id as given (409 `id_taken` when the catalogue has it) or made
 * from its name. 403 for anyone but KIDI's admins and reviewers; 400 naming the field for a wrong body.
 */
export async function createMeasure(db: Db, user: AppUser, body: unknown, now: number): Promise<Measure> {
	mayManage(user);
	const { id: given, input } = checkNewMeasure(body);
	return db.transaction(async (tx) => {
		if (given !== null && (await readMeasure(tx, given))) {
			throw new Refusal(409, 'id_taken', 'The catalogue already has a measure with this id', { field: 'id' });
		}
		const id = given ?? (await freeId(tx, measureSlug(input.name)));
		const measure: Measure = { ...input, id, updatedAt: new Date(now).toISOString() };
		await writeMeasure(tx, measure, user.id);
		await audit(tx, { userId: user.id, action: 'measure.create', target: id }, now);
		return measure;
	});
}

/** Changes the fields `body` gives of measure `id`; 404 unknown, 403 not KIDI, 400 naming the field. */
export async function changeMeasure(
	db: Db,
	user: AppUser,
	id: string,
	body: unknown,
	now: number
): Promise<Measure> {
	mayManage(user);
	return db.transaction(async (tx) => {
		const current = await readMeasure(tx, id);
		if (!current) throw refusals.notFound('No support measure has this id');
		const input = checkMeasurePatch(body, inputOf(current));
		const changed: Measure = { ...input, id, updatedAt: new Date(now).toISOString() };
		await writeMeasure(tx, changed, user.id);
		const touched = Object.keys(body as object);
		await audit(
			tx,
			{ userId: user.id, action: 'measure.change', target: id, detail: { fields: touched } },
			now
		);
		return changed;
	});
}
