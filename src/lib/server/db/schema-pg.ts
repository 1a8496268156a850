// The same tables as schema.ts, for PostgreSQL. The services read `Db['tables']`, typed by the
// SQLite schema, so every column here returns the same JavaScript value as its SQLite twin: ms
// timestamps as Date, blobs as Buffer, JSON parsed. `schema-parity.test.ts` keeps the two equal.
import {
	bigint,
	customType,
	doublePrecision,
	index,
	integer,
	json,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { clusterRoles, globalRoles } from '../../roles';

const bytes = customType<{ data: Buffer; driverData: Buffer }>({
	dataType: () => 'bytea'
});

const at = (column: string) => timestamp(column, { mode: 'date', precision: 3, withTimezone: true });
const createdAt = () => at('created_at').notNull().defaultNow();
const inLanguage = (column: string) => text(column).notNull().default('');
const serialId = () => integer('id').primaryKey().generatedByDefaultAsIdentity();

export const users = pgTable('users', {
	id: text('id').primaryKey(),
	username: text('username').notNull().unique(),
	displayName: text('display_name').notNull(),
	passwordHash: text('password_hash').notNull(),
	globalRole: text('global_role', { enum: globalRoles }),
	locale: text('locale'),
	createdAt: createdAt()
});

export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		secretHash: bytes('secret_hash').notNull(),
		expiresAt: at('expires_at').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const clusters = pgTable('clusters', {
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

export const memberships = pgTable(
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

export const plans = pgTable(
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

export const auditLog = pgTable(
	'audit_log',
	{
		id: serialId(),
		at: at('at').notNull(),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		clusterId: text('cluster_id'),
		target: text('target'),
		// `json`, not `jsonb`: jsonb reorders object keys, and a plan's records are shown in key order.
		detail: json('detail')
	},
	(t) => [index('audit_cluster_idx').on(t.clusterId, t.at)]
);

export const loginFailures = pgTable(
	'login_failures',
	{
		id: serialId(),
		key: text('key').notNull(),
		at: bigint('at', { mode: 'number' }).notNull()
	},
	(t) => [index('login_failures_key_idx').on(t.key, t.at)]
);

export const documentUpdates = pgTable(
	'document_updates',
	{
		// Every edit of every plan takes an id: 64 bits, as SQLite's rowid is.
		id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
		planId: text('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		seq: integer('seq').notNull(),
		data: bytes('data').notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('document_updates_plan_seq_idx').on(t.planId, t.seq)]
);

export const documentSnapshots = pgTable('document_snapshots', {
	planId: text('plan_id')
		.primaryKey()
		.references(() => plans.id, { onDelete: 'cascade' }),
	state: bytes('state').notNull(),
	throughSeq: integer('through_seq').notNull(),
	updatedAt: at('updated_at').notNull()
});

export const indicatorValues = pgTable(
	'indicator_values',
	{
		id: serialId(),
		planId: text('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		indicatorId: text('indicator_id').notNull(),
		period: text('period').notNull(),
		value: doublePrecision('value').notNull(),
		note: text('note').notNull().default(''),
		evidence: text('evidence').notNull().default(''),
		supersedes: integer('supersedes'),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		authorName: text('author_name').notNull(),
		via: text('via').notNull(),
		createdAt: at('created_at').notNull()
	},
	(t) => [index('indicator_values_plan_idx').on(t.planId, t.indicatorId, t.period, t.id)]
);

export const periodSteps = pgTable(
	'period_steps',
	{
		id: serialId(),
		planId: text('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		step: text('step').notNull(),
		state: text('state').notNull(),
		comment: text('comment').notNull().default(''),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		userName: text('user_name').notNull(),
		at: at('at').notNull()
	},
	(t) => [index('period_steps_plan_idx').on(t.planId, t.year, t.id)]
);

export const planVersions = pgTable(
	'plan_versions',
	{
		id: serialId(),
		planId: text('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		label: text('label').notNull(),
		note: text('note').notNull().default(''),
		kind: text('kind').notNull(),
		restoredFrom: integer('restored_from'),
		state: bytes('state').notNull(),
		data: json('data').notNull(),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		authorName: text('author_name').notNull(),
		createdAt: at('created_at').notNull()
	},
	(t) => [uniqueIndex('plan_versions_number_idx').on(t.planId, t.number)]
);

export const versionSteps = pgTable(
	'version_steps',
	{
		id: serialId(),
		versionId: integer('version_id')
			.notNull()
			.references(() => planVersions.id, { onDelete: 'cascade' }),
		step: text('step').notNull(),
		state: text('state').notNull(),
		comment: text('comment').notNull().default(''),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		userName: text('user_name').notNull(),
		at: at('at').notNull()
	},
	(t) => [index('version_steps_version_idx').on(t.versionId, t.id)]
);

export const versionComments = pgTable(
	'version_comments',
	{
		id: serialId(),
		versionId: integer('version_id')
			.notNull()
			.references(() => planVersions.id, { onDelete: 'cascade' }),
		item: text('item'),
		against: text('against'),
		text: text('text').notNull(),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		userName: text('user_name').notNull(),
		at: at('at').notNull()
	},
	(t) => [index('version_comments_version_idx').on(t.versionId, t.id)]
);

export const serverSecrets = pgTable('server_secrets', {
	name: text('name').primaryKey(),
	value: bytes('value').notNull(),
	createdAt: createdAt()
});

export const participants = pgTable(
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
		kind: text('kind').notNull(),
		employees: integer('employees'),
		region: text('region').notNull().default(''),
		locality: text('locality').notNull().default(''),
		stageId: text('stage_id'),
		joinedAt: text('joined_at').notNull(),
		leftAt: text('left_at'),
		contact: text('contact').notNull().default(''),
		inOrganisation: integer('in_organisation').notNull().default(0),
		createdAt: createdAt(),
		updatedAt: at('updated_at').notNull()
	},
	(t) => [uniqueIndex('participants_cluster_bin_idx').on(t.clusterId, t.bin)]
);

export const clusterProfiles = pgTable('cluster_profiles', {
	clusterId: text('cluster_id')
		.primaryKey()
		.references(() => clusters.id, { onDelete: 'cascade' }),
	data: json('data').notNull(),
	updatedAt: at('updated_at').notNull(),
	updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' })
});

export const calls = pgTable('calls', {
	id: text('id').primaryKey(),
	state: text('state').notNull(),
	data: json('data').notNull(),
	decision: json('decision'),
	createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: createdAt(),
	updatedAt: at('updated_at').notNull()
});

export const applications = pgTable(
	'applications',
	{
		id: text('id').primaryKey(),
		callId: text('call_id')
			.notNull()
			.references(() => calls.id, { onDelete: 'cascade' }),
		applicantId: text('applicant_id').references(() => users.id, { onDelete: 'set null' }),
		state: text('state').notNull(),
		data: json('data').notNull(),
		submittedAt: text('submitted_at'),
		formalCheck: json('formal_check'),
		decisionNote: text('decision_note').notNull().default(''),
		clusterId: text('cluster_id').references(() => clusters.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: at('updated_at').notNull()
	},
	(t) => [index('applications_call_idx').on(t.callId), index('applications_applicant_idx').on(t.applicantId)]
);

export const assignments = pgTable(
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

export const sheets = pgTable(
	'sheets',
	{
		applicationId: text('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		evaluatorId: text('evaluator_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		conflict: integer('conflict').notNull(),
		declaredAt: text('declared_at').notNull(),
		scores: json('scores').notNull(),
		submittedAt: text('submitted_at')
	},
	(t) => [primaryKey({ columns: [t.applicationId, t.evaluatorId] })]
);

export const attachments = pgTable(
	'attachments',
	{
		id: text('id').primaryKey(),
		applicationId: text('application_id')
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		size: integer('size').notNull(),
		bytes: bytes('bytes').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('attachments_application_idx').on(t.applicationId)]
);

export const measures = pgTable('measures', {
	id: text('id').primaryKey(),
	status: text('status').notNull(),
	instrument: text('instrument').notNull(),
	data: json('data').notNull(),
	createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: createdAt(),
	updatedAt: at('updated_at').notNull()
});

/** A measure KIDI proposes to the ministry (see schema.ts). */
export const proposals = pgTable('proposals', {
	measureId: text('measure_id')
		.primaryKey()
		.references(() => measures.id, { onDelete: 'cascade' }),
	projects: json('projects').notNull(),
	rationale: json('rationale').notNull(),
	createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: createdAt(),
	updatedAt: at('updated_at').notNull()
});

export const notifications = pgTable(
	'notifications',
	{
		id: serialId(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		clusterId: text('cluster_id'),
		planId: text('plan_id'),
		actorId: text('actor_id'),
		actorName: text('actor_name').notNull().default(''),
		link: text('link').notNull(),
		detail: json('detail').notNull(),
		key: text('key'),
		count: integer('count').notNull().default(1),
		at: at('at').notNull(),
		readAt: at('read_at'),
		mailedAt: at('mailed_at')
	},
	(t) => [
		index('notifications_user_idx').on(t.userId, t.id),
		uniqueIndex('notifications_key_idx').on(t.userId, t.key)
	]
);

export const watches = pgTable(
	'watches',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		planId: text('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		itemId: text('item_id').notNull().default(''),
		state: text('state').notNull(),
		at: at('at').notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.planId, t.itemId] })]
);

export const notificationSettings = pgTable('notification_settings', {
	userId: text('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	email: text('email').notNull().default(''),
	mail: text('mail').notNull().default('off'),
	muted: json('muted').notNull(),
	unsubscribeToken: text('unsubscribe_token').notNull().unique(),
	updatedAt: at('updated_at').notNull()
});

export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: serialId(),
		userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
		to: text('to_address').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		html: text('html').notNull(),
		state: text('state').notNull(),
		attempts: integer('attempts').notNull().default(0),
		nextAt: at('next_at').notNull(),
		lastError: text('last_error').notNull().default(''),
		createdAt: createdAt(),
		sentAt: at('sent_at')
	},
	(t) => [index('mail_outbox_due_idx').on(t.state, t.nextAt)]
);

export const reportDeadlines = pgTable(
	'report_deadlines',
	{
		planId: text('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		dueOn: text('due_on').notNull(),
		changedBy: text('changed_by').references(() => users.id, { onDelete: 'set null' }),
		changedAt: at('changed_at').notNull()
	},
	(t) => [primaryKey({ columns: [t.planId, t.year] })]
);
