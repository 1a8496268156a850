// A participants spreadsheet imported into a cluster: every row is checked first, and either all
// are added or, if any is refused, none, with every refused row named by its line (a BIN the file
// repeats, or the cluster already has, among them).
import { eq } from 'drizzle-orm';
import { isRefusal, Refusal, type RefusalRow } from '../../refusal';
import { isDate } from '../../registry/dates';
import { checkParticipant, type ParticipantInput } from '../../registry/participant';
import type { AppUser } from '../authz/actor';
import { audit } from '../audit';
import type { Db } from '../db';
import { readSheetLines } from '../indicators/sheet-read';
import { registryOf } from './access';
import { participantRows } from './sheet';
import { participantRow } from './participants';

/** More participants than any cluster has; a file past it is a mistake, not a registry. */
export const MAX_IMPORTED_PARTICIPANTS = 5000;

type Checked = { row: number; input: ParticipantInput; leftAt: string | null };

const problem = (row: number, field: string, code: string, message: string): RefusalRow => ({
	row,
	field,
	code,
	message
});

function checkedRows(rows: ReturnType<typeof participantRows>, taken: Set<string>) {
	const problems: RefusalRow[] = [];
	const checked: Checked[] = [];
	const lineOf = new Map<string, number>();
	for (const { row, body, leftAt } of rows) {
		let input: ParticipantInput;
		try {
			input = checkParticipant(body);
		} catch (error) {
			if (!isRefusal(error)) throw error;
			problems.push(problem(row, error.field ?? '', error.code, error.message));
			continue;
		}
		if (leftAt !== null && (!isDate(leftAt) || leftAt < input.joinedAt)) {
			problems.push(
				problem(row, 'leftAt', 'invalid_date', 'the day it left must be a date, not before it joined')
			);
			continue;
		}
		const first = lineOf.get(input.bin);
		if (first !== undefined) {
			problems.push(problem(row, 'bin', 'duplicate_bin', `the same BIN as line ${first}`));
			continue;
		}
		lineOf.set(input.bin, row);
		if (taken.has(input.bin)) {
			problems.push(
				problem(row, 'bin', 'duplicate_bin', 'a participant of this cluster already has this BIN')
			);
			continue;
		}
		checked.push({ row, input, leftAt });
	}
	return { problems, checked };
}

async function takenBins(db: Db, clusterId: string): Promise<Set<string>> {
	const { participants } = db.tables;
	const rows = await db
		.select({ bin: participants.bin })
		.from(participants)
		.where(eq(participants.clusterId, clusterId));
	return new Set(rows.map((row) => row.bin));
}

/** Adds every participant of the file, or none; returns how many were added. */
export async function importParticipants(
	db: Db,
	user: AppUser,
	clusterId: string,
	bytes: Uint8Array,
	now = Date.now()
): Promise<{ added: number }> {
	await registryOf(db, user, clusterId, 'participant.manage');
	const rows = participantRows(await readSheetLines(bytes));
	if (rows.length > MAX_IMPORTED_PARTICIPANTS)
		throw new Refusal(413, 'too_many_rows', `at most ${MAX_IMPORTED_PARTICIPANTS} participants in one file`, {
			field: 'file'
		});
	return db.transaction(async (tx) => {
		// Read inside the transaction: a participant added meanwhile counts as taken.
		const { problems, checked } = checkedRows(rows, await takenBins(tx, clusterId));
		if (problems.length > 0) {
			const message = problems.length === 1 ? problems[0]!.message : `${problems.length} rows are refused`;
			throw new Refusal(400, 'invalid_rows', message, { field: 'file', rows: problems });
		}
		const { participants } = tx.tables;
		await tx
			.insert(participants)
			.values(
				checked.map(({ input, leftAt }) => participantRow(crypto.randomUUID(), clusterId, input, leftAt, now))
			);
		await audit(
			tx,
			{
				userId: user.id,
				action: 'participant.import',
				clusterId,
				target: clusterId,
				detail: { added: checked.length }
			},
			now
		);
		return { added: checked.length };
	});
}
