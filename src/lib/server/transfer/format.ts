// The whole-cluster file: a cluster, its members by username, and every plan with its live document,
// versions (with their review steps and comments), indicator values and reporting-year steps, plus
// the cluster's audit log. People are named by username and by the name recorded on each row: no
// account or password travels, and an import links only the usernames the server already has.
// Version 2 holds the cluster's name, region and sector and each plan's title in Russian, Kazakh and
// English (`{"ru", "kk", "en"}`); version 1 held one string each, which an import still reads (each
// in the language its letters tell). Version 3 adds the cluster's registry: its participants (those
// who left included) and its organisation's profile; a file of version 1 or 2 imports with an empty
// registry.
import type { Localized } from '../../plan';
import type { Participant } from '../../registry/participant';
import type { ClusterProfile } from '../../registry/profile';

export const CLUSTER_FORMAT = 'clusterplan-cluster';
export const CLUSTER_FORMAT_VERSION = 3;
/** The versions an import reads. */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2, 3];

/** The largest file an import reads (the route refuses a larger body before reading it). */
export const MAX_CLUSTER_FILE_BYTES = 50 * 1024 * 1024;

/** A username, or null where the row's author is unknown (an account since removed). */
export type Username = string | null;

export type ExportedStep = {
	step: string;
	state: string;
	comment: string;
	user: Username;
	userName: string;
	at: string;
};

export type ExportedVersionComment = {
	item: string | null;
	against: string | null;
	text: string;
	user: Username;
	userName: string;
	at: string;
};

export type ExportedVersion = {
	/** The plan's own number: v1, v2… */
	number: number;
	label: string;
	note: string;
	kind: string;
	restoredFrom: number | null;
	/** Base64 of the encoded Yjs state. */
	state: string;
	/** The version's `PlanData`, for readers of the file; an import takes it again from `state`. */
	data: Record<string, unknown>;
	author: Username;
	authorName: string;
	createdAt: string;
	steps: ExportedStep[];
	comments: ExportedVersionComment[];
};

export type ExportedValue = {
	/** The row's id in the exporting database, so `supersedes` can point at it. */
	id: number;
	indicatorId: string;
	period: string;
	value: number;
	note: string;
	evidence: string;
	supersedes: number | null;
	author: Username;
	authorName: string;
	via: string;
	createdAt: string;
};

export type ExportedPeriodStep = ExportedStep & { year: number };

export type ExportedPlan = {
	id: string;
	title: Localized;
	createdAt: string;
	/** Base64 of the live document's encoded Yjs state. */
	document: string;
	versions: ExportedVersion[];
	values: ExportedValue[];
	periodSteps: ExportedPeriodStep[];
};

export type ExportedAuditEntry = {
	at: string;
	user: Username;
	action: string;
	target: string | null;
	/** The username when the target is a person (member changes). */
	targetUser?: string;
	detail: unknown;
};

/**
 * A participant of the cluster with its id, which the plans' actors linked to it name
 * (`participantId`); an import as a copy gives it a new one and relinks the actors.
 */
export type ExportedParticipant = Omit<Participant, 'clusterId'> & { createdAt: string; updatedAt: string };

/** The cluster organisation's profile, its people by username rather than by this server's ids. */
export type ExportedProfile = Omit<ClusterProfile, 'programmeCoordinatorId'> & {
	/** The programme's coordinator who looks after the cluster. */
	programmeCoordinator: Username;
	updatedAt: string;
	updatedBy: Username;
};

export type ClusterExport = {
	format: typeof CLUSTER_FORMAT;
	formatVersion: typeof CLUSTER_FORMAT_VERSION;
	exportedAt: string;
	cluster: { id: string; name: Localized; region: Localized; sector: Localized; createdAt: string };
	members: { username: string; displayName: string; role: string }[];
	plans: ExportedPlan[];
	audit?: ExportedAuditEntry[];
	participants: ExportedParticipant[];
	/** null when nobody has described the cluster's organisation yet. */
	profile: ExportedProfile | null;
};

/** What an import wrote. */
export type ClusterImported = {
	clusterId: string;
	name: Localized;
	plans: number;
	versions: number;
	values: number;
	/** The file's plan ids and the ids they have here (the same unless imported as a copy). */
	planIds: Record<string, string>;
	/** Participants of the cluster's registry. */
	participants: number;
	/** Members linked by their username. */
	members: number;
	/** Members whose username this server does not know: not created, to be added by hand. */
	unknownMembers: string[];
};
