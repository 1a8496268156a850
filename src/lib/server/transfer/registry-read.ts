// The cluster's registry in a cluster file (format 3): its participants, those who left included,
// and its organisation's profile, each checked by the check the registry's API uses, so an import
// cannot store what the API would refuse; a refusal names the participant by its place in the file
// (`participants[3].bin`). Files of formats 1 and 2 hold no registry: they import with an empty one.
import { isId } from '../../plan';
import { isRefusal } from '../../refusal';
import { checkParticipant, isDate, type ParticipantInput } from '../../registry/participant';
import { checkProfile, type ClusterProfile } from '../../registry/profile';
import type { Fields } from './fields';
import { IMPORT_LIMITS } from './limits';
import { badFile } from './problem';

export type ReadParticipant = {
	/** Its id in the file, which the file's actors name. */
	id: string;
	input: ParticipantInput;
	leftAt: string | null;
	createdAt: Date;
	updatedAt: Date;
};

export type ReadProfile = {
	/** Without its programme coordinator, who is named by username until the import resolves it. */
	profile: ClusterProfile;
	programmeCoordinator: string | null;
	updatedAt: Date;
	updatedBy: string | null;
};

export type ReadRegistry = { participants: ReadParticipant[]; profile: ReadProfile | null };

/** A participant's fields that only the file has; the rest are the API's input, checked as it is. */
const FILE_ONLY = ['id', 'leftAt', 'createdAt', 'updatedAt'];
/** The profile's fields that name people by username, where the API's input has user ids. */
const BY_USERNAME = ['programmeCoordinator', 'updatedAt', 'updatedBy'];

/** The fields of `row` but `left`, as the body the API's check reads. */
const without = (row: Fields, left: string[]) =>
	Object.fromEntries(Object.entries(row.value).filter(([key]) => !left.includes(key)));

/** What `check` makes of `body`, its refusal turned into the file's, at the field of `row` it names. */
function checked<T>(row: Fields, check: (body: unknown) => T, body: unknown): T {
	try {
		return check(body);
	} catch (error) {
		if (!isRefusal(error)) throw error;
		throw badFile('invalid_field', error.field ? row.where(error.field) : row.path, error.message);
	}
}

/** One participant; `seen` holds the ids and BINs of those before it, with their places. */
function participantOf(row: Fields, seen: { ids: Set<string>; bins: Map<string, string> }): ReadParticipant {
	const id = row.text('id', { max: 64 });
	// The plan's rule for ids: an actor must be able to name it.
	if (!isId(id)) throw badFile('invalid_field', row.where('id'), 'is not a participant id');
	if (seen.ids.has(id)) throw badFile('invalid_field', row.where('id'), 'is used twice');
	seen.ids.add(id);
	const input = checked(row, checkParticipant, without(row, FILE_ONLY));
	const leftAt = row.textOrNull('leftAt', 10);
	if (leftAt !== null && (!isDate(leftAt) || leftAt < input.joinedAt))
		throw badFile('invalid_field', row.where('leftAt'), 'must be a date YYYY-MM-DD, not before joinedAt');
	// The database holds a BIN once per cluster, as the API does.
	const first = seen.bins.get(input.bin);
	if (first !== undefined) throw badFile('invalid_field', row.where('bin'), `is the BIN of ${first} too`);
	seen.bins.set(input.bin, row.path);
	return { id, input, leftAt, createdAt: row.time('createdAt'), updatedAt: row.time('updatedAt') };
}

function profileOf(file: Fields): ReadProfile | null {
	if (file.value.profile === null) return null;
	const row = file.object('profile');
	// An id from the exporting server would name nobody, or somebody else, here.
	if (row.value.programmeCoordinatorId !== undefined)
		throw badFile(
			'invalid_field',
			row.where('programmeCoordinatorId'),
			'is not read: the file names the programme coordinator by username, in programmeCoordinator'
		);
	return {
		profile: checked(row, checkProfile, without(row, BY_USERNAME)),
		programmeCoordinator: row.user('programmeCoordinator'),
		updatedAt: row.time('updatedAt'),
		updatedBy: row.user('updatedBy')
	};
}

/** The registry of a file of `formatVersion`, checked whole. */
export function registryOf(file: Fields, formatVersion: number): ReadRegistry {
	if (formatVersion < 3) return { participants: [], profile: null };
	const seen = { ids: new Set<string>(), bins: new Map<string, string>() };
	return {
		participants: file
			.list('participants', IMPORT_LIMITS.participants)
			.map((row) => participantOf(row, seen)),
		profile: profileOf(file)
	};
}
