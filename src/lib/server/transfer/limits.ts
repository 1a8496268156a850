// How many rows of each kind one cluster file may hold. A file within the 50 MB limit could
// otherwise hold hundreds of thousands of tiny plans or versions, each a document to decode, bring
// to this layout, check and read, or a million values for the one write transaction: minutes of
// work, much of it holding the server. The caps sit far above what a cluster's real history holds.
// Measured on a small machine: a 48 MB file of 1,200 versions is checked in about 6 s, a document
// at a time with other requests let in between, and written in about half a second; 50,000 values
// and 50,000 audit entries are written in under a second, the longest the import holds the server.
// (Measured on the synchronous SQLite driver. On the async storage, in multi-row inserts, a file of
// 20,000 values imports in about 2 s on SQLite and 4 s on PostgreSQL, checks included; on SQLite the
// write transaction holds the database, and so every other request, while it runs.)
import { PLAN_BOUNDS } from '../../plan';
import { MAX_IMPORTED_PARTICIPANTS } from '../registry/import';

export const IMPORT_LIMITS = {
	/** A cluster writes one plan (the demo's six clusters have one each); room for a few more. */
	plans: 20,
	/**
	 * Versions of all plans together: a daily version on every working day for ten years is about
	 * 2,500, plus the ones people save. Each is a document checked whole.
	 */
	versions: 5_000,
	/**
	 * Indicator values of all plans together: 100 monthly indicators over 20 years, with a correction
	 * for every tenth value, is about 26,000 (the demo plans hold about 50 each). Written in the
	 * import's one transaction, 50,000 take about half a second.
	 */
	values: 50_000,
	/** Reporting-year steps of one plan: a handful per year. */
	periodSteps: 5_000,
	/** Review steps of one version: a few submissions and decisions. */
	versionSteps: 200,
	/** Review comments on one version. */
	versionComments: 2_000,
	/** Members of the cluster. */
	members: 1_000,
	/** Participants of the cluster's registry, those who left included: as many as a spreadsheet adds. */
	participants: MAX_IMPORTED_PARTICIPANTS,
	/**
	 * Entries of the cluster's audit log: versions saved, steps taken, members changed, imports; a
	 * busy cluster writes a few thousand a year.
	 */
	audit: 50_000,
	/** Characters of one audit entry's detail, as JSON: the largest the server writes is a comment. */
	auditDetail: 20_000,
	/** Characters of a plan's title, as the document's own title. */
	planTitle: PLAN_BOUNDS.shortText
} as const;
