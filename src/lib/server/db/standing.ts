// The one query every socket message runs: the session's expiry, the user's global role and their
// role in the plan's cluster. On the hot path of every edit, so it is written once per dialect as a
// prepared statement (drizzle's builder and row mapping cost more than the query itself), and
// handed out beside the Db it reads, as the document store is.
import type { GlobalRole } from '../../roles';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { Gate } from './gate';
import type { ClusterRole } from './schema';

export type Standing = {
	/** When the session ends, in ms. */
	expiresAt: number;
	globalRole: GlobalRole | null;
	role: ClusterRole | null;
};

export type StandingReader = (sessionId: string, clusterId: string) => Promise<Standing | undefined>;

const SQL = (param: (name: 'session' | 'cluster') => string) =>
	`SELECT s.expires_at AS "expiresAt", u.global_role AS "globalRole", m.role AS "role" FROM sessions s
	 JOIN users u ON u.id = s.user_id
	 LEFT JOIN memberships m ON m.user_id = s.user_id AND m.cluster_id = ${param('cluster')}
	 WHERE s.id = ${param('session')}`;

export function sqliteStanding(sqlite: Database.Database, gate: Gate): StandingReader {
	const statement = sqlite.prepare<{ session: string; cluster: string }, Standing>(SQL((name) => `@${name}`));
	return (sessionId, clusterId) => gate.when(() => statement.get({ session: sessionId, cluster: clusterId }));
}

export function pgStanding(pool: pg.Pool): StandingReader {
	const text = SQL((name) => (name === 'session' ? '$1' : '$2'));
	return async (sessionId, clusterId) => {
		const { rows } = await pool.query<{
			expiresAt: Date;
			globalRole: Standing['globalRole'];
			role: ClusterRole | null;
		}>({ name: 'clusterplan-standing', text, values: [sessionId, clusterId] });
		const row = rows[0];
		return row && { ...row, expiresAt: row.expiresAt.getTime() };
	};
}
