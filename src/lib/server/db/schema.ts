// Relational data that lives beside the plan documents: accounts, sessions, clusters, roles, plans, audit.
import { sql } from 'drizzle-orm';
import { clusterRoles, globalRoles, type ClusterRole } from '../../roles';
import type { Localized } from '../../plan/localized';
import {
	blob,
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';

const createdAt = () =>
	integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable('users', {
	id: text('id').primaryKey(),
	username: text('username').notNull().unique(),
	displayName: text('display_name').notNull(),
	passwordHash: text('password_hash').notNull(),
	/**
	 * 'admin' or 'reviewer' across all clusters; 'applicant' for a cluster initiative's representative
	 * who applies to the programme's calls; null for users whose roles are per cluster only.
	 */
	globalRole: text('global_role', { enum: globalRoles }),
	/** The language the user chose with the switch; null until they choose. */
	locale: text('locale'),
	createdAt: createdAt()
});

export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** SHA-256 of the token's secret half; the secret itself is never stored. */
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

// Names and titles people read in their language: one column per language (`name_ru`, `name_kk`,
// `name_en`), '' where a translation is not written yet; the services keep at least one written.
const inLanguage = (column: string) => text(column).notNull().default('');

export const clusters = sqliteTable('clusters', {
	id: text('id').primaryKey(),
	nameRu: inLanguage('name_ru'),
	nameKk: inLanguage('name_kk'),
	nameEn: inLanguage('name_en'),
	regionRu: inLanguage('region_ru'),
	regionKk: inLanguage('region_kk'),
	regionEn: inLanguage('region_en'),
	sectorRu: inLanguage('sector_ru'),
	sectorKk: inLanguage('sector_kk'),
	sectorEn: inLanguage('sector_en'),
	createdAt: createdAt()
});

export const memberships = sqliteTable(
	'memberships',
	{
		clusterId: text('cluster_id')
			.notNull()
			.references(() => clusters.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: clusterRoles }).notNull(),
		createdAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.clusterId, t.userId] }), index('memberships_user_idx').on(t.userId)]
);

export const plans = sqliteTable(
	'plans',
	{
		id: text('id').primaryKey(),
		clusterId: text('cluster_id')
			.notNull()
			.references(() => clusters.id, { onDelete: 'cascade' }),
		titleRu: inLanguage('title_ru'),
		titleKk: inLanguage('title_kk'),
		titleEn: inLanguage('title_en'),
		createdAt: createdAt()
	},
	(t) => [index('plans_cluster_idx').on(t.clusterId)]
);

export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		clusterId: text('cluster_id'),
		target: text('target'),
		detail: text('detail', { mode: 'json' })
	},
	(t) => [index('audit_cluster_idx').on(t.clusterId, t.at)]
);

/** Failed logins, by key ('user:<name>' or 'ip:<address>'), for throttling. */
export const loginFailures = sqliteTable(
	'login_failures',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		key: text('key').notNull(),
		at: integer('at').notNull()
	},
	(t) => [index('login_failures_key_idx').on(t.key, t.at)]
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
/** A plan's record as the services read it (`getPlan`): its title in each language. */
export type Plan = Omit<typeof plans.$inferSelect, 'titleRu' | 'titleKk' | 'titleEn'> & { title: Localized };
export type { ClusterRole };

/**
 * The document store's append-only log: every accepted Yjs update of a plan document, written
 * before any peer receives it. Compaction folds a prefix of it into `document_snapshots`.
 */
export const documentUpdates = sqliteTable(
	'document_updates',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: text('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		/**
		 * The plan's own count of its log rows (1, 2, 3…), given in the writing transaction: a row
		 * committed later always has a higher `seq`, which ids from a shared counter do not promise.
		 */
		seq: integer('seq').notNull(),
		data: blob('data', { mode: 'buffer' }).notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('document_updates_plan_seq_idx').on(t.planId, t.seq)]
);

/** One compacted state per plan document; log rows with seq <= `throughSeq` are already merged into it. */
export const documentSnapshots = sqliteTable('document_snapshots', {
	planId: text('plan_id')
		.primaryKey()
		.references(() => plans.id, { onDelete: 'cascade' }),
	state: blob('state', { mode: 'buffer' }).notNull(),
	throughSeq: integer('through_seq').notNull(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

/**
 * Indicator values (actuals), append-only: a correction adds a row that supersedes the period's
 * previous one, so who recorded what, and when, is never lost. The latest row of a period counts.
 */
export const indicatorValues = sqliteTable(
	'indicator_values',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: text('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		/** The indicator's id in the plan document. */
		indicatorId: text('indicator_id').notNull(),
		/** Canonical period key: 2025, 2025-H1, 2025-Q3, 2025-07. */
		period: text('period').notNull(),
		value: real('value').notNull(),
		note: text('note').notNull().default(''),
		/** A link to the evidence (a report, a register), or ''. */
		evidence: text('evidence').notNull().default(''),
		/** The row this one corrects; null for the period's first value. */
		supersedes: integer('supersedes'),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		/** The author's full name when they recorded it. */
		authorName: text('author_name').notNull(),
		/** 'form', 'api' or 'import': how the value arrived. */
		via: text('via').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('indicator_values_plan_idx').on(t.planId, t.indicatorId, t.period, t.id)]
);

/**
 * Every step of a plan's reporting-year approval, append-only; a year's state is its latest row's
 * `state` (no row: no data). Returns and reopenings carry the reviewer's comment.
 */
export const periodSteps = sqliteTable(
	'period_steps',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: text('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		step: text('step').notNull(),
		state: text('state').notNull(),
		comment: text('comment').notNull().default(''),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		userName: text('user_name').notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('period_steps_plan_idx').on(t.planId, t.year, t.id)]
);

/**
 * Named versions of a plan: immutable snapshots (the encoded Yjs state and its `PlanData` as JSON).
 * `number` is the plan's own count (v1, v2…) that addresses, lists and reviews use.
 */
export const planVersions = sqliteTable(
	'plan_versions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: text('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		label: text('label').notNull(),
		note: text('note').notNull().default(''),
		/** 'manual', 'daily' (kept by the server when the plan changed that day) or 'restore' (the live plan kept just before a restore). */
		kind: text('kind').notNull(),
		/** For kind 'restore': the number of the version restored. */
		restoredFrom: integer('restored_from'),
		state: blob('state', { mode: 'buffer' }).notNull(),
		data: text('data', { mode: 'json' }).notNull(),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		authorName: text('author_name').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [uniqueIndex('plan_versions_number_idx').on(t.planId, t.number)]
);

/** Every review step of a version, append-only; a version's state is its latest row's (no row: draft). */
export const versionSteps = sqliteTable(
	'version_steps',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		versionId: integer('version_id')
			.notNull()
			.references(() => planVersions.id, { onDelete: 'cascade' }),
		step: text('step').notNull(),
		state: text('state').notNull(),
		comment: text('comment').notNull().default(''),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		userName: text('user_name').notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('version_steps_version_idx').on(t.versionId, t.id)]
);

/** Review comments on a version, on the whole or on one item of its diff (`item` = `collection:id`). */
export const versionComments = sqliteTable(
	'version_comments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		versionId: integer('version_id')
			.notNull()
			.references(() => planVersions.id, { onDelete: 'cascade' }),
		item: text('item'),
		/** What the version was compared with when the comment was written: a version number, 'live', or null. */
		against: text('against'),
		text: text('text').notNull(),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		userName: text('user_name').notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('version_comments_version_idx').on(t.versionId, t.id)]
);

/**
 * Secrets the server keeps for itself, by name. `workshop-ballots` keys anonymous votes: a voter's
 * key in the document is an HMAC of their id under it, so peers cannot tell who voted what while
 * the server still holds each person to their number of dots.
 */
export const serverSecrets = sqliteTable('server_secrets', {
	name: text('name').primaryKey(),
	value: blob('value', { mode: 'buffer' }).notNull(),
	createdAt: createdAt()
});

/**
 * The firms and institutions of a cluster (its participants), with the dates they joined and left:
 * leaving keeps the row, so a count on any past date is read from the dates. Dates are ISO days
 * (`2019-01-01`), compared as text. The BIN is unique in its cluster.
 */
export const participants = sqliteTable(
	'participants',
	{
		id: text('id').primaryKey(),
		clusterId: text('cluster_id')
			.notNull()
			.references(() => clusters.id, { onDelete: 'cascade' }),
		bin: text('bin').notNull(),
		nameRu: inLanguage('name_ru'),
		nameKk: inLanguage('name_kk'),
		nameEn: inLanguage('name_en'),
		/** One of `PARTICIPANT_KINDS` (src/lib/registry/participant.ts). */
		kind: text('kind').notNull(),
		employees: integer('employees'),
		region: text('region').notNull().default(''),
		locality: text('locality').notNull().default(''),
		/** A stage of the cluster's value chain map, by id; null when not placed. */
		stageId: text('stage_id'),
		joinedAt: text('joined_at').notNull(),
		leftAt: text('left_at'),
		contact: text('contact').notNull().default(''),
		/** 1 when the firm is a member of the cluster organisation (an integer on both databases). */
		inOrganisation: integer('in_organisation').notNull().default(0),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [uniqueIndex('participants_cluster_bin_idx').on(t.clusterId, t.bin)]
);

/** The cluster organisation's profile, one per cluster, written whole (`ClusterProfile`). */
export const clusterProfiles = sqliteTable('cluster_profiles', {
	clusterId: text('cluster_id')
		.primaryKey()
		.references(() => clusters.id, { onDelete: 'cascade' }),
	data: text('data', { mode: 'json' }).notNull(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
	updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' })
});

// The competitive selection of clusters (src/lib/selection/). What the domain checks whole (a call's
// rules and criteria, an application's body, a formal check, a sheet's scores) is stored as JSON and
// read back through the same check; what is queried or joined on has its own column. Moments are UTC
// ISO text, compared as text, as the domain keeps them.

/** A call for applications: `data` is its `CallInput`, `decision` the commission's `{date, protocol}`. */
export const calls = sqliteTable('calls', {
	id: text('id').primaryKey(),
	/** One of `CALL_STATES`. */
	state: text('state').notNull(),
	data: text('data', { mode: 'json' }).notNull(),
	decision: text('decision', { mode: 'json' }),
	createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: createdAt(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

/** An application to a call, by an applicant account; `data` is its `ApplicationInput`. */
export const applications = sqliteTable(
	'applications',
	{
		id: text('id').primaryKey(),
		callId: text('call_id')
			.notNull()
			.references(() => calls.id, { onDelete: 'cascade' }),
		applicantId: text('applicant_id').references(() => users.id, { onDelete: 'set null' }),
		/** One of `APPLICATION_STATES`. */
		state: text('state').notNull(),
		data: text('data', { mode: 'json' }).notNull(),
		submittedAt: text('submitted_at'),
		/** The formal check's verdicts (`FormalCheck`), once made. */
		formalCheck: text('formal_check', { mode: 'json' }),
		/** What the commission wrote about this application with its decision. */
		decisionNote: text('decision_note').notNull().default(''),
		/** The cluster it became (or, for the 2017 pilots, is): null until then. */
		clusterId: text('cluster_id').references(() => clusters.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('applications_call_idx').on(t.callId), index('applications_applicant_idx').on(t.applicantId)]
);

/** Which evaluators score which application. */
export const assignments = sqliteTable(
	'assignments',
	{
		applicationId: text('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		evaluatorId: text('evaluator_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(t) => [
		primaryKey({ columns: [t.applicationId, t.evaluatorId] }),
		index('assignments_evaluator_idx').on(t.evaluatorId)
	]
);

/** An evaluator's sheet on an application (`Sheet`): from the declaration on. */
export const sheets = sqliteTable(
	'sheets',
	{
		applicationId: text('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		evaluatorId: text('evaluator_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** 1 when they declared a conflict of interest (an integer on both databases). */
		conflict: integer('conflict').notNull(),
		declaredAt: text('declared_at').notNull(),
		scores: text('scores', { mode: 'json' }).notNull(),
		submittedAt: text('submitted_at')
	},
	(t) => [primaryKey({ columns: [t.applicationId, t.evaluatorId] })]
);

/** A PDF attached to an application, kept in the database so every instance serves it. */
export const attachments = sqliteTable(
	'attachments',
	{
		id: text('id').primaryKey(),
		applicationId: text('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		size: integer('size').notNull(),
		bytes: blob('bytes', { mode: 'buffer' }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('attachments_application_idx').on(t.applicationId)]
);

// The catalogue of state support measures (src/lib/measures/). The measure's fields are checked
// whole by the domain, so they are stored as JSON (`MeasureInput`); status and instrument, which the
// catalogue is filtered by, have their own columns too.

/** A state support measure: `data` is its `MeasureInput`; projects' funding lines name it by id. */
export const measures = sqliteTable('measures', {
	id: text('id').primaryKey(),
	/** One of `MEASURE_STATUSES`. */
	status: text('status').notNull(),
	/** One of `MEASURE_INSTRUMENTS`. */
	instrument: text('instrument').notNull(),
	data: text('data', { mode: 'json' }).notNull(),
	createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: createdAt(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

/**
 * A measure KIDI proposes to the ministry, for the projects it would let start (`src/lib/measures/
 * proposal.ts`): one per measure of the catalogue; `projects` and `rationale` are JSON.
 */
export const proposals = sqliteTable('proposals', {
	measureId: text('measure_id')
		.primaryKey()
		.references(() => measures.id, { onDelete: 'cascade' }),
	projects: text('projects', { mode: 'json' }).notNull(),
	rationale: text('rationale', { mode: 'json' }).notNull(),
	createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: createdAt(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

export type IndicatorValueRow = typeof indicatorValues.$inferSelect;
export type ParticipantRow = typeof participants.$inferSelect;
export type PlanVersionRow = typeof planVersions.$inferSelect;
export type PeriodStepRow = typeof periodSteps.$inferSelect;

// Notifications (src/lib/notifications/): what people are told, what they watch, how they want mail,
// the mail on its way, and the plans' reporting deadlines.

/**
 * One thing a person is told. `key` makes an event heard once (a deadline's reminder) or gathers a
 * burst into one entry (a person's edits of a plan within the hour); `detail` is the kind's words.
 */
export const notifications = sqliteTable(
	'notifications',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** One of `NOTIFICATION_KINDS`. */
		kind: text('kind').notNull(),
		clusterId: text('cluster_id'),
		planId: text('plan_id'),
		actorId: text('actor_id'),
		actorName: text('actor_name').notNull().default(''),
		/** Where the entry links to, a path inside the app. */
		link: text('link').notNull(),
		detail: text('detail', { mode: 'json' }).notNull(),
		key: text('key'),
		/** How many events the entry gathers (a burst of edits). */
		count: integer('count').notNull().default(1),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		readAt: integer('read_at', { mode: 'timestamp_ms' }),
		/** When it went out by mail, alone or in a digest; null while it has not. */
		mailedAt: integer('mailed_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		index('notifications_user_idx').on(t.userId, t.id),
		uniqueIndex('notifications_key_idx').on(t.userId, t.key)
	]
);

/** A plan or one item of it someone watches (`itemId` '' for the whole plan), or chose not to. */
export const watches = sqliteTable(
	'watches',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		planId: text('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		itemId: text('item_id').notNull().default(''),
		/** 'watch', or 'ignore': the person stopped watching what their role would have them watch. */
		state: text('state').notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.planId, t.itemId] })]
);

/** A person's mail address and how they want mail: 'off', 'instant' or 'daily'. */
export const notificationSettings = sqliteTable('notification_settings', {
	userId: text('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	email: text('email').notNull().default(''),
	mail: text('mail').notNull().default('off'),
	/** Topics the person does not want by mail (their entries stay in the app). */
	muted: text('muted', { mode: 'json' }).notNull(),
	/** The secret of the unsubscribe link in every mail. */
	unsubscribeToken: text('unsubscribe_token').notNull().unique(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

/** A mail on its way: kept until sent, retried with growing pauses, shown to admins when it fails. */
export const mailOutbox = sqliteTable(
	'mail_outbox',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
		to: text('to_address').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		html: text('html').notNull(),
		/** 'pending', 'sent', or 'failed' (still retried; shown to admins). */
		state: text('state').notNull(),
		attempts: integer('attempts').notNull().default(0),
		nextAt: integer('next_at', { mode: 'timestamp_ms' }).notNull(),
		lastError: text('last_error').notNull().default(''),
		createdAt: createdAt(),
		sentAt: integer('sent_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('mail_outbox_due_idx').on(t.state, t.nextAt)]
);

/** A plan's reporting deadline for a year, when a facilitator moved it from the default. */
export const reportDeadlines = sqliteTable(
	'report_deadlines',
	{
		planId: text('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		/** The day the year's report is due, `YYYY-MM-DD`. */
		dueOn: text('due_on').notNull(),
		changedBy: text('changed_by').references(() => users.id, { onDelete: 'set null' }),
		changedAt: integer('changed_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.planId, t.year] })]
);

export type NotificationRow = typeof notifications.$inferSelect;
