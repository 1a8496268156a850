// The participants as a spreadsheet: written with the reader's column names and words, read back
// whatever language it was written in (column names and kinds in Russian, Kazakh or English, or the
// English keys), so a file exported by a Kazakh reader imports for a Russian one.
import { m } from '$lib/paraglide/messages';
import type { CsvCell } from '../indicators/csv';
import { cellContent, sheetProblem, type SheetLine } from '../indicators/sheet-rows';
import { LANGS, type Lang } from '../../plan';
import { PARTICIPANT_KINDS, type Participant } from '../../registry/participant';
import { kindMessages } from '../../registry/words';

type Say = (inputs: Record<string, never>, options: { locale: Lang }) => string;

export const PARTICIPANT_COLUMNS = [
	'bin',
	'name_ru',
	'name_kk',
	'name_en',
	'kind',
	'employees',
	'region',
	'locality',
	'stage',
	'joined',
	'left',
	'contact',
	'in_organisation'
] as const;
export type ParticipantColumn = (typeof PARTICIPANT_COLUMNS)[number];

const columnWords: Record<ParticipantColumn, Say> = {
	bin: m.registry_column_bin,
	name_ru: m.registry_column_name_ru,
	name_kk: m.registry_column_name_kk,
	name_en: m.registry_column_name_en,
	kind: m.registry_column_kind,
	employees: m.registry_column_employees,
	region: m.registry_column_region,
	locality: m.registry_column_locality,
	stage: m.registry_column_stage,
	joined: m.registry_column_joined,
	left: m.registry_column_left,
	contact: m.registry_column_contact,
	in_organisation: m.registry_column_in_organisation
};

const say = (message: Say, lang: Lang) => message({}, { locale: lang });
const folded = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The participants as one sheet in `lang`; the file's name is the caller's. */
export function participantsTable(participants: readonly Participant[], lang: Lang) {
	const yes = say(m.versions_value_yes, lang);
	const no = say(m.versions_value_no, lang);
	return {
		name: say(m.registry_sheet_name, lang),
		header: PARTICIPANT_COLUMNS.map((column) => say(columnWords[column], lang)),
		textColumns: [0, 9, 10],
		rows: participants.map((p): CsvCell[] => [
			p.bin,
			p.name.ru,
			p.name.kk,
			p.name.en,
			say(kindMessages[p.kind], lang),
			p.employees,
			p.region,
			p.locality,
			p.stageId ?? '',
			p.joinedAt,
			p.leftAt ?? '',
			p.contact,
			p.inOrganisation ? yes : no
		])
	};
}

// Every way a column, a kind or a yes/no may be written: the keys and the words of all three languages.
function wordsOf<K extends string>(keys: readonly K[], words: Record<K, Say>): Map<string, K> {
	const found = new Map<string, K>();
	for (const key of keys) {
		found.set(key, key);
		for (const lang of LANGS) found.set(folded(say(words[key], lang)), key);
	}
	return found;
}

const truthy = new Set(['1', 'true', 'yes', ...LANGS.map((lang) => folded(say(m.versions_value_yes, lang)))]);
const falsy = new Set(['0', 'false', 'no', ...LANGS.map((lang) => folded(say(m.versions_value_no, lang)))]);

// Blank is no; a word neither yes nor no is passed on as written, for the check to refuse by name.
const yesOrNo = (said: string): unknown =>
	said === '' ? false : truthy.has(said) ? true : falsy.has(said) ? false : said;

/** One row of the sheet: the body a new participant is checked from, the day it left, its line. */
export type ParticipantSheetRow = { row: number; body: Record<string, unknown>; leftAt: string | null };

/**
 * The rows of a participants sheet: the first non-empty line is the header (any of the languages),
 * blank lines are skipped. Cells become what `checkParticipant` reads; what they say is checked there.
 */
export function participantRows(lines: readonly SheetLine[]): ParticipantSheetRow[] {
	const filled = lines.filter((line) => line.cells.some((cell) => cellContent(cell) !== null));
	const [header, ...data] = filled;
	if (!header) throw sheetProblem(400, 'no_header', 'the file is empty');
	const columnNames = wordsOf(PARTICIPANT_COLUMNS, columnWords);
	const columns = new Map<ParticipantColumn, number>();
	header.cells.forEach((cell, index) => {
		const column = columnNames.get(folded(String(cellContent(cell) ?? '')));
		if (column && !columns.has(column)) columns.set(column, index);
	});
	if (!columns.has('bin') || !columns.has('kind') || !columns.has('joined'))
		throw sheetProblem(400, 'no_header', 'the first row must name the columns: BIN, kind, joined');
	const kinds = wordsOf(PARTICIPANT_KINDS, kindMessages);
	const rows: ParticipantSheetRow[] = [];
	for (const { line, cells } of data) {
		const read = (column: ParticipantColumn) => {
			const index = columns.get(column);
			return index === undefined ? null : cellContent(cells[index]);
		};
		const text = (column: ParticipantColumn) => {
			const value = read(column);
			return value === null ? '' : String(value);
		};
		const kind = read('kind');
		const inOrganisation = folded(text('in_organisation'));
		const employees = read('employees');
		rows.push({
			row: line,
			body: {
				bin: text('bin'),
				name: { ru: text('name_ru'), kk: text('name_kk'), en: text('name_en') },
				kind: kind === null ? null : (kinds.get(folded(String(kind))) ?? String(kind)),
				employees: employees === null || typeof employees === 'number' ? employees : Number(employees),
				region: text('region'),
				locality: text('locality'),
				stageId: text('stage') || null,
				joinedAt: text('joined'),
				contact: text('contact'),
				inOrganisation: yesOrNo(inOrganisation)
			},
			leftAt: text('left') || null
		});
	}
	if (rows.length === 0) throw sheetProblem(400, 'no_rows', 'the file has a header but no participants');
	return rows;
}
