// A plan's versions in a cluster file. A version's state is its truth: it must decode to a plan that,
// brought to this code's layout, passes the layout's whole-document check, and the version's
// `PlanData` (what lists, the diff, the print and the exports read) is taken from it again here. The
// file's own `data` is not read: junk there cannot reach a page. The review steps and comments must
// be what the review endpoints could have written.
import type { PlanData } from '../../plan';
import { MAX_LABEL_LENGTH, MAX_NOTE_LENGTH } from '../versions/store';
import { DIFF_ITEM_KEY } from '../versions/review';
import { checkedPlan, decodePlan, fromBase64 } from './documents';
import type { Fields } from './fields';
import { IMPORT_LIMITS } from './limits';
import { badFile } from './problem';
import { versionStepsOf, type ReadStep } from './steps';

export type ReadVersionComment = {
	item: string | null;
	against: string | null;
	text: string;
	user: string | null;
	userName: string;
	at: Date;
};

export type ReadVersion = {
	number: number;
	label: string;
	note: string;
	kind: string;
	restoredFrom: number | null;
	/** The encoded state as the file holds it: a version is kept as it was written. */
	state: Uint8Array;
	/** Its snapshot, at this code's layout. */
	data: PlanData;
	author: string | null;
	authorName: string;
	createdAt: Date;
	steps: ReadStep[];
	comments: ReadVersionComment[];
};

const KINDS = ['manual', 'daily', 'restore'] as const;
// `against` is stored as text: a version number or the live plan.
const AGAINST = /^(?:live|[1-9][0-9]{0,8})$/;

function commentOf(row: Fields): ReadVersionComment {
	const item = row.textOrNull('item', 200);
	if (item !== null && !DIFF_ITEM_KEY.test(item))
		throw badFile('invalid_field', row.where('item'), 'must be a diff item key such as projects:<id>');
	const against = row.textOrNull('against', 40);
	if (against !== null && !AGAINST.test(against))
		throw badFile('invalid_field', row.where('against'), 'must be a version number or live');
	return {
		item,
		against,
		text: row.text('text', { max: MAX_NOTE_LENGTH, empty: false }),
		user: row.user('user'),
		userName: row.text('userName', { max: 200 }),
		at: row.time('at')
	};
}

/** The state of a version, checked whole, and the `PlanData` read from it. */
function stateOf(row: Fields): { state: Uint8Array; data: PlanData } {
	const field = row.where('state');
	const state = fromBase64(row.text('state', { max: Number.MAX_SAFE_INTEGER }), field);
	const doc = decodePlan(state, field);
	try {
		return { state, data: checkedPlan(doc, state.byteLength, field) };
	} finally {
		doc.destroy();
	}
}

/** One version of a plan; `earlier` holds the numbers of the versions before it in the file. */
export function versionOf(row: Fields, earlier: Set<number>): ReadVersion {
	const number = row.integer('number');
	if (number < 1 || earlier.has(number))
		throw badFile('invalid_field', row.where('number'), 'must be a new number from 1');
	const kind = row.choice('kind', KINDS);
	const restoredFrom = row.integerOrNull('restoredFrom');
	// Only the version kept before a restore names one, and that one existed already.
	if (restoredFrom !== null && (kind !== 'restore' || !earlier.has(restoredFrom)))
		throw badFile('invalid_field', row.where('restoredFrom'), 'names no earlier version of this plan');
	earlier.add(number);
	const read = {
		number,
		label: row.text('label', { max: MAX_LABEL_LENGTH, empty: false }),
		note: row.text('note', { max: MAX_NOTE_LENGTH }),
		kind,
		restoredFrom,
		author: row.user('author'),
		authorName: row.text('authorName', { max: 200 }),
		createdAt: row.time('createdAt'),
		steps: versionStepsOf(row.list('steps', IMPORT_LIMITS.versionSteps)),
		comments: row.list('comments', IMPORT_LIMITS.versionComments).map(commentOf)
	};
	// Last: the one expensive check, once every cheap field is known to be right.
	return { ...read, ...stateOf(row) };
}
