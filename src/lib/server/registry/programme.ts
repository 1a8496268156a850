// The programme's participants on a day: every cluster's count side by side and the programme's
// total, for KIDI's reviewers and the ministry's report ("as of 1 January 2019": 166).
import { refusals, Refusal } from '../../refusal';
import { countsAsOf } from '../../registry/counts';
import { isDate } from '../../registry/dates';
import type { ParticipantKind } from '../../registry/participant';
import type { AppUser } from '../authz/actor';
import { can } from '../authz/can';
import type { Db } from '../db';

/** The counts on `asOf` (today when not given), for those who see every cluster. */
export async function programmeParticipants(db: Db, user: AppUser, asOf: string | null, now = Date.now()) {
	if (!can(user, 'programme.view'))
		throw refusals.forbidden('The programme’s counts are for reviewers and admins');
	const day = asOf ?? new Date(now).toISOString().slice(0, 10);
	if (!isDate(day))
		throw new Refusal(400, 'invalid_date', 'asOf must be a date, YYYY-MM-DD', { field: 'asOf' });
	const { participants } = db.tables;
	const rows = await db
		.select({
			clusterId: participants.clusterId,
			kind: participants.kind,
			employees: participants.employees,
			joinedAt: participants.joinedAt,
			leftAt: participants.leftAt
		})
		.from(participants);
	const counts = countsAsOf(
		rows.map((row) => ({ ...row, kind: row.kind as ParticipantKind })),
		day
	);
	// Every cluster has its line, a cluster with nobody on that day too.
	const counted = new Map(counts.byCluster.map((line) => [line.clusterId, line.count]));
	const clusters = await db.select({ id: db.tables.clusters.id }).from(db.tables.clusters);
	const byCluster = clusters
		.map(({ id }) => ({ clusterId: id, count: counted.get(id) ?? 0 }))
		.sort((a, b) => (a.clusterId < b.clusterId ? -1 : a.clusterId > b.clusterId ? 1 : 0));
	return { asOf: day, ...counts, byCluster };
}
