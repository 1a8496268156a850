// Reads messages/glossary.md (its tables of concepts and of other senses) and checks messages
// against it. Bold text marks what is matched: English words whole, Russian and Kazakh stems anywhere.

export type Concept = {
	name: string;
	/** Lower-case English words and phrases that name the concept. */
	en: string[];
	/** Lower-case stems, one of which a message naming the concept must contain. */
	ru: string[];
	kk: string[];
	/** Lower-case stems of words once used for the concept (in either language) that a message naming it must not use. */
	never: string[];
	/** Key prefixes the concept applies to (all keys when empty); `exclude` leaves keys out. */
	only: string[];
	exclude: string[];
};

export type OtherSense = { key: string; concept: string; why: string };
export type Glossary = { concepts: Concept[]; otherSenses: OtherSense[] };
export type Messages = Record<'en' | 'ru' | 'kk', Record<string, string>>;

const cells = (line: string) =>
	line
		.trim()
		.replace(/^\||\|$/g, '')
		.split('|')
		.map((cell) => cell.trim());
const bold = (cell: string) => [...cell.matchAll(/\*\*(.+?)\*\*/g)].map((match) => match[1]!.toLowerCase());

/** The concepts and other senses of the glossary's Markdown tables. */
export function readGlossary(markdown: string): Glossary {
	const concepts: Concept[] = [];
	const otherSenses: OtherSense[] = [];
	let header: string[] = [];
	for (const line of markdown.split('\n')) {
		if (!line.startsWith('|')) {
			header = [];
			continue;
		}
		const row = cells(line);
		if (header.length === 0) {
			header = row;
			continue;
		}
		if (row.every((cell) => /^-+$/.test(cell))) continue;
		const at = (name: string) => row[header.indexOf(name)] ?? '';
		if (header[0] === 'concept') {
			const scope = at('messages')
				.split(',')
				.map((key) => key.trim())
				.filter(Boolean);
			concepts.push({
				name: at('concept'),
				en: bold(at('English')),
				ru: bold(at('Russian')),
				kk: bold(at('Kazakh')),
				never: bold(at('never')),
				only: scope.filter((key) => !key.startsWith('!')),
				exclude: scope.filter((key) => key.startsWith('!')).map((key) => key.slice(1))
			});
		} else if (header[0] === 'message') {
			for (const concept of at('concept').split(','))
				otherSenses.push({ key: at('message'), concept: concept.trim(), why: at('why') });
		}
	}
	return { concepts, otherSenses };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The concepts an English message names, longest phrases first so "value chain" is no "value". */
function conceptsNamed(glossary: Glossary, key: string, english: string): Set<Concept> {
	// A placeholder ({plan}) names nothing.
	let text = english.toLowerCase().replace(/\{[^}]*\}/g, ' ');
	const phrases = glossary.concepts
		.filter((concept) => !concept.only.length || concept.only.some((prefix) => key.startsWith(prefix)))
		.filter((concept) => !concept.exclude.some((prefix) => key.startsWith(prefix)))
		.flatMap((concept) => concept.en.map((phrase) => ({ concept, phrase })))
		.toSorted((a, b) => b.phrase.length - a.phrase.length);
	const named = new Set<Concept>();
	for (const { concept, phrase } of phrases) {
		const pattern = new RegExp(`(?<![a-z-])${escape(phrase)}(?![a-z])`, 'g');
		if (!pattern.test(text)) continue;
		named.add(concept);
		text = text.replace(pattern, ' ');
	}
	return named;
}

/**
 * "key: concept in lang («text»)" for each message that names a concept without its term, and
 * "key: concept in lang is never «stem» («text»)" for one that also uses a word the glossary retired.
 */
export function termProblems(glossary: Glossary, messages: Messages): string[] {
	const problems: string[] = [];
	const other = new Set(glossary.otherSenses.map((sense) => `${sense.key} ${sense.concept}`));
	for (const [key, english] of Object.entries(messages.en)) {
		for (const concept of conceptsNamed(glossary, key, english)) {
			if (other.has(`${key} ${concept.name}`)) continue;
			for (const lang of ['ru', 'kk'] as const) {
				const text = messages[lang][key] ?? '';
				const lower = text.toLocaleLowerCase(lang);
				if (!concept[lang].some((stem) => lower.includes(stem))) {
					problems.push(`${key}: ${concept.name} in ${lang} («${text}»)`);
				}
				for (const stem of concept.never.filter((never) => lower.includes(never))) {
					problems.push(`${key}: ${concept.name} in ${lang} is never «${stem}» («${text}»)`);
				}
			}
		}
	}
	return problems;
}
