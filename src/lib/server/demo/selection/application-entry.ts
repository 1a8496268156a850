// One 2017 application as the demo's data writes it, and the application it is: what the group
// wrote by hand (its answers on competitiveness, cooperation and strategy), and what follows from
// its list of members (the answers on critical mass, institutions and the coordinator, where the
// data leaves them out; the value chain; the BINs of firms the registry does not hold).
import type { Localized } from '../../../plan/localized';
import type { ParticipantKind } from '../../../registry/participant';
import { binCheckDigit } from '../../../registry/bin';
import type { ApplicationInput, Enterprise } from '../../../selection/application';

/** The regions the 21 applications came from, as the ministry listed them (in Russian). */
export const REGIONS = {
	almatyCity: 'город Алматы',
	southKazakhstan: 'Южно-Казахстанская область',
	akmola: 'Акмолинская область',
	eastKazakhstan: 'Восточно-Казахстанская область',
	mangystau: 'Мангистауская область',
	kostanay: 'Костанайская область',
	pavlodar: 'Павлодарская область',
	karaganda: 'Карагандинская область',
	almatyRegion: 'Алматинская область',
	westKazakhstan: 'Западно-Казахстанская область',
	zhambyl: 'Жамбылская область'
} as const;

/** The sectors KIDI's tours found groups in (23 groups; 21 applied). */
export const SECTORS = {
	food: 'Пищевая промышленность',
	tourism: 'Туризм',
	pharmaceuticals: 'Фармацевтика',
	construction: 'Строительство',
	light: 'Лёгкая промышленность',
	chemicals: 'Химическая промышленность',
	engineering: 'Машиностроение',
	furniture: 'Производство мебели',
	paint: 'Лакокрасочная промышленность'
} as const;

export type Region = (typeof REGIONS)[keyof typeof REGIONS];
export type Sector = (typeof SECTORS)[keyof typeof SECTORS];

/** A member of the group: [name, kind, employees, stage key], and its BIN when the registry has it. */
export type MemberEntry = [
	name: string,
	kind: ParticipantKind,
	employees: number,
	stage: string,
	bin?: string
];

export type ApplicationEntry = {
	id: string;
	name: Localized;
	region: Region;
	sector: Sector;
	/** When it was submitted, in Astana time (UTC+6 in 2017). */
	submittedAt: string;
	coordinator: string;
	/** The value chain's stages in order: [key, title]. */
	stages: [string, string][];
	members: MemberEntry[];
	/** The answers by criterion id; `critical-mass`, `institutions` and `coordinator` are made when left out. */
	answers: Partial<Record<string, string>> & Record<'competitiveness' | 'cooperation' | 'strategy', string>;
	/** The requirements the formal check found unmet, with the reason the applicants read. */
	unmet?: Partial<Record<string, string>>;
	/** The demo cluster a chosen pilot became. */
	clusterId?: string;
};

const INSTITUTIONS: readonly ParticipantKind[] = ['research', 'public', 'association', 'finance'];

// FNV-1a: a firm's invented BIN follows from its name alone, so reordering the data keeps it.
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (const char of text) {
		h ^= char.codePointAt(0)!;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

/**
 * An invented BIN for a firm the registry does not hold: registered in 2003–2016, a resident legal
 * entity's head office (4, 0), a serial, and the check digit.
 */
export function inventedBin(name: string): string {
	for (let salt = 0; ; salt++) {
		const h = hash(`${salt}:${name}`);
		const year = String(3 + (h % 14)).padStart(2, '0');
		const month = String(1 + ((h >>> 4) % 12)).padStart(2, '0');
		const serial = String((h >>> 8) % 100_000).padStart(5, '0');
		const stem = `${year}${month}40${serial}`;
		const check = binCheckDigit(stem);
		if (check !== null) return `${stem}${check}`;
	}
}

// Grouped by spaces as Russian writes it, the same on every machine (no locale data involved).
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

// What groups wrote when the form asked for their size: the count, the jobs, the largest firms.
function criticalMass(members: readonly MemberEntry[]): string {
	const firms = members.filter(([, kind]) => !INSTITUTIONS.includes(kind));
	const employees = firms.reduce((sum, [, , count]) => sum + count, 0);
	const largest = [...firms]
		.sort((a, b) => b[2] - a[2])
		.slice(0, 2)
		.map(([name, , count]) => `${name} (${thousands(count)})`);
	return `В группе ${members.length} участников, из них ${firms.length} предприятий с ${thousands(employees)} занятыми; крупнейшие — ${largest.join(' и ')}.`;
}

function institutions(members: readonly MemberEntry[]): string {
	const named = members.filter(([, kind]) => INSTITUTIONS.includes(kind)).map(([name]) => name);
	if (named.length === 0) return 'Институтов в группе пока нет; переговоры с колледжем региона начаты.';
	return `В группу входят: ${named.join('; ')}. Совместные программы подготовки кадров обсуждаются.`;
}

/** The application an entry describes, as its applicants wrote it (a draft ready to submit). */
export function applicationOf(entry: ApplicationEntry): ApplicationInput {
	const enterprises: Enterprise[] = entry.members.map(([name, kind, employees, , bin]) => ({
		bin: bin ?? inventedBin(name),
		name,
		kind,
		employees
	}));
	const answers: Record<string, string> = {
		'critical-mass': entry.answers['critical-mass'] ?? criticalMass(entry.members),
		competitiveness: entry.answers.competitiveness,
		cooperation: entry.answers.cooperation,
		institutions: entry.answers.institutions ?? institutions(entry.members),
		coordinator: entry.answers.coordinator ?? `Предлагаемый координатор — ${entry.coordinator}.`,
		strategy: entry.answers.strategy
	};
	return {
		name: entry.name,
		region: entry.region,
		sector: entry.sector,
		enterprises,
		valueChain: {
			stages: entry.stages.map(([id, title]) => ({ id, title })),
			firms: entry.members.map(([name, , , stage], i) => ({
				name,
				stageId: stage,
				bin: enterprises[i]!.bin
			}))
		},
		coordinator: entry.coordinator,
		answers,
		attachments: []
	};
}
