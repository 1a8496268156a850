// A version's rows as they are read back from the database, before a page, the diff or an export
// reads them. Rows written before the cluster import checked every field may hold data of any
// shape or a review state no step leads to; such a row is logged and read around, never trusted:
// junk data gives way to the version's own state (the truth the data was taken from), a junk step
// is left out of the review history.
import * as Y from 'yjs';
import {
	SCHEMA_VERSION,
	VERSION_STATES,
	inGuessedLang,
	isVersionStep,
	migrate,
	planDataProblem,
	schemaVersionOf,
	snapshot,
	validatePlan,
	withFundingLines,
	type PlanData
} from '../../plan';
import type { PlanVersionRow, versionSteps } from '../db/schema';

type VersionStepRow = typeof versionSteps.$inferSelect;

type Warn = (line: string) => void;

// A title left empty in every language is a state a merge can reach: `validatePlan` reports it and
// pages show it as untitled. Anything else it reports was not written by `snapshot`.
const BLANK = /: empty( in every language)?$/;

/** The review steps that name a step and a state the review rules know, in their order. */
export function readableVersionSteps<T extends VersionStepRow>(rows: T[], warn: Warn = console.warn): T[] {
	const readable = (row: T) =>
		isVersionStep(row.step) &&
		(VERSION_STATES as readonly unknown[]).includes(row.state) &&
		typeof row.comment === 'string' &&
		typeof row.userName === 'string' &&
		row.at instanceof Date &&
		!Number.isNaN(row.at.getTime());
	const kept = rows.filter(readable);
	if (kept.length < rows.length) {
		const skipped = rows.filter((row) => !readable(row)).map((row) => row.id);
		warn(`versions: review steps that cannot be read, skipped (ids ${skipped.join(', ')})`);
	}
	return kept;
}

/** What is wrong with stored data, or null when pages may read it as it is. */
function dataProblem(data: unknown): string | null {
	const shape = planDataProblem(data);
	if (shape) return shape;
	return validatePlan(data as PlanData).find((problem) => !BLANK.test(problem)) ?? null;
}

/** The plan as the version's state holds it, brought to this code's layout. */
function fromState(row: Pick<PlanVersionRow, 'planId' | 'state'>): PlanData {
	const doc = new Y.Doc();
	try {
		Y.applyUpdate(doc, new Uint8Array(row.state));
		if (schemaVersionOf(doc) !== SCHEMA_VERSION) migrate(doc);
		return { ...snapshot(doc), id: row.planId };
	} finally {
		doc.destroy();
	}
}

const blank = () => ({ ru: '', kk: '', en: '' });

/** An empty plan: what is shown of a version whose data and state both cannot be read. */
function emptyPlan(planId: string): PlanData {
	return {
		id: planId,
		title: blank(),
		map: { stages: [], nodes: [], edges: [] },
		strategy: { vision: blank(), mission: blank(), lines: [] },
		projects: [],
		indicators: [],
		actors: [],
		comments: []
	};
}

type Loose = Record<string, unknown>;
const isLoose = (value: unknown): value is Loose => typeof value === 'object' && value !== null;

/** `item` with its one-string `field` read in the language its letters tell; anything else as it is. */
function guessed(item: unknown, field: string): unknown {
	if (!isLoose(item) || typeof item[field] !== 'string') return item;
	return { ...item, [field]: inGuessedLang(item[field]) };
}

/** A list of `list`, each item's one-string `field` read as `guessed` does; anything else as it is. */
function guessedList(list: unknown, field: string): unknown {
	return Array.isArray(list) ? list.map((item) => guessed(item, field)) : list;
}

/**
 * Data kept before plan titles, stage names, actor names, node labels and indicator units had
 * languages holds each as one string: read in the language its letters tell, as the document's own
 * one strings are (`readLocalizedOrGuessed`), it is otherwise what it was.
 */
function withLocalizedTexts(data: unknown): unknown {
	const plan = guessed(data, 'title');
	if (!isLoose(plan)) return plan;
	const map = isLoose(plan.map)
		? {
				...plan.map,
				stages: guessedList(plan.map.stages, 'title'),
				nodes: guessedList(plan.map.nodes, 'label')
			}
		: plan.map;
	const actors = guessedList(plan.actors, 'name');
	const indicators = guessedList(plan.indicators, 'unit');
	return { ...plan, map, actors, indicators };
}

/**
 * A version's `PlanData` as pages, the diff and the exports may read it: the stored data when it
 * has the shape and references `snapshot` gives, otherwise (logged) read again from the version's
 * state, and an empty plan when even that cannot be read.
 */
export function versionData(
	row: Pick<PlanVersionRow, 'planId' | 'number' | 'data' | 'state'>,
	warn: Warn = console.warn
): PlanData {
	const stored = withFundingLines(withLocalizedTexts(row.data));
	const problem = dataProblem(stored);
	if (!problem) return stored as PlanData;
	const which = `version ${row.number} of plan ${row.planId}`;
	try {
		const data = fromState(row);
		warn(`versions: the stored data of ${which} cannot be read (${problem}); read from its state`);
		return data;
	} catch (error) {
		warn(`versions: neither the data nor the state of ${which} can be read (${problem}; ${String(error)})`);
		return emptyPlan(row.planId);
	}
}
