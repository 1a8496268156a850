// Demo participants of the six pilot clusters, so the registry can count a cluster's firms and
// institutions on any date: on 1 January 2019 the programme's report counted 166 (furniture 24, milk
// 25, flour 16, pharmaceutical 15, tourism 58, construction 28), and a few joined or left since. The
// firms are invented; the institutions are those on the demo maps, under invented BINs. Each cluster's
// file writes its participants and its cluster organisation; this one completes them.
import { binCheckDigit } from '../../../registry/bin';
import type { Participant } from '../../../registry/participant';
import type { ClusterProfile } from '../../../registry/profile';
import { demoClusters } from '../clusters';
import { inRussian } from './places';
import * as constructionKaraganda from './construction-karaganda';
import * as flourKostanay from './flour-kostanay';
import * as furnitureAlmaty from './furniture-almaty';
import * as milkAkmola from './milk-akmola';
import * as pharmaSouthKazakhstan from './pharma-south-kazakhstan';
import * as tourismAlmatyRegion from './tourism-almaty-region';

/** A participant as the registry stores it, without the ids the database gives it. */
export type DemoParticipant = Omit<Participant, 'id' | 'clusterId'> & {
	/** The id of the demo map actor that is this firm, when there is one. */
	actorId?: string;
};

/** The cluster organisation's profile, but for the programme's coordinator: a user, not demo data. */
export type DemoProfile = Omit<ClusterProfile, 'programmeCoordinatorId'>;

/**
 * A participant as its cluster's file writes it. `binStem` is the BIN's first eleven digits: year and
 * month of registration, 4 (a resident legal entity), 0 for a head office or 1 for a branch (a
 * national body takes part through its regional branch, so it has a BIN of its own in every
 * cluster), a serial; the check digit is added here, where a slip in a stem shows at once.
 */
export type ParticipantEntry = Omit<
	DemoParticipant,
	'bin' | 'region' | 'leftAt' | 'contact' | 'inOrganisation'
> & {
	binStem: string;
	/** Only where the participant sits outside its cluster's region. */
	region?: string;
	leftAt?: string;
	/** 'Директор' unless given. */
	contact?: string;
	inOrganisation?: boolean;
};

export type ProfileEntry = Omit<DemoProfile, 'bin'> & { binStem: string | null };

type ClusterFile = { participants: ParticipantEntry[]; profile: ProfileEntry };

const files: Record<string, ClusterFile> = {
	'flour-kostanay': flourKostanay,
	'milk-akmola': milkAkmola,
	'construction-karaganda': constructionKaraganda,
	'tourism-almaty-region': tourismAlmatyRegion,
	'furniture-almaty': furnitureAlmaty,
	'pharma-south-kazakhstan': pharmaSouthKazakhstan
};

function bin(stem: string): string {
	const check = binCheckDigit(stem);
	// The data is fixed, so a stem no BIN can start with is a slip in it: stop, rather than seed it.
	if (check === null) throw new Error(`No BIN can start with ${stem}`);
	return `${stem}${check}`;
}

function complete(clusterId: string, entries: ParticipantEntry[]): DemoParticipant[] {
	const cluster = demoClusters.find((candidate) => candidate.id === clusterId);
	if (!cluster) throw new Error(`No demo cluster ${clusterId}`);
	return entries.map(({ binStem, region, locality, leftAt, contact, inOrganisation, ...entry }) => ({
		bin: bin(binStem),
		...entry,
		region: region === undefined ? cluster.region.ru : inRussian(region),
		locality: inRussian(locality),
		leftAt: leftAt ?? null,
		contact: contact ?? 'Директор',
		inOrganisation: inOrganisation ?? false
	}));
}

/** Participants of each demo cluster, by cluster id, in the order their files list them. */
export const demoParticipants: Record<string, DemoParticipant[]> = Object.fromEntries(
	Object.entries(files).map(([clusterId, file]) => [clusterId, complete(clusterId, file.participants)])
);

/** Each demo cluster's organisation and how far it has come, by cluster id. */
export const demoProfiles: Record<string, DemoProfile> = Object.fromEntries(
	Object.entries(files).map(([clusterId, { profile }]) => {
		const { binStem, ...rest } = profile;
		return [clusterId, { ...rest, bin: binStem === null ? null : bin(binStem) }];
	})
);
