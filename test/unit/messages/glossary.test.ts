// One term per concept: every Russian and Kazakh message that names a concept of the glossary
// (messages/glossary.md) uses the glossary's term for it, and no two concepts share a term.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import ru from '../../../messages/ru.json';
import kk from '../../../messages/kk.json';
import { readGlossary, termProblems, type Messages } from './glossary';

const glossary = readGlossary(
	readFileSync(new URL('../../../messages/glossary.md', import.meta.url), 'utf8')
);
const messages: Messages = { en, ru, kk } as unknown as Messages;

describe('the glossary', () => {
	it('names the concepts a reader meets everywhere, each with its English words and its Russian and Kazakh stems', () => {
		const names = glossary.concepts.map((concept) => concept.name);
		for (const name of ['submitted', 'proposed', 'approved', 'reviewer', 'indicator', 'value', 'workshop'])
			expect(names).toContain(name);
		for (const concept of glossary.concepts) {
			expect(concept.en.length, concept.name).toBeGreaterThan(0);
			expect(concept.ru.length, concept.name).toBeGreaterThan(0);
			expect(concept.kk.length, concept.name).toBeGreaterThan(0);
		}
	});

	it('gives two concepts no shared term: no stem starts another concept’s stem in the same language', () => {
		const clashes: string[] = [];
		for (const lang of ['ru', 'kk'] as const) {
			for (const a of glossary.concepts) {
				for (const b of glossary.concepts) {
					if (a === b) continue;
					for (const stem of a[lang])
						for (const other of b[lang])
							if (other.startsWith(stem)) clashes.push(`${lang}: ${a.name} «${stem}» / ${b.name} «${other}»`);
				}
			}
		}
		expect(clashes).toEqual([]);
	});

	it('keeps "submitted" and "proposed" apart in Kazakh, as the monitoring and projects pages show them', () => {
		expect(kk.status_period_submitted).not.toBe(kk.projects_status_proposed);
		expect(kk.programme_state_submitted).not.toBe(kk.projects_status_proposed);
	});

	it('lists as other senses only messages and concepts that exist', () => {
		const names = new Set(glossary.concepts.map((concept) => concept.name));
		for (const exception of glossary.otherSenses) {
			expect(en, exception.key).toHaveProperty(exception.key);
			expect(names, exception.key).toContain(exception.concept);
			expect(exception.why, exception.key).not.toBe('');
		}
	});
});

describe('every Russian and Kazakh message', () => {
	it('names each concept its English names with the glossary’s term', () => {
		expect(termProblems(glossary, messages)).toEqual([]);
	});

	it('would be caught using one word for a submitted year and a proposed project', () => {
		const wrong: Messages = {
			en: { a_year: 'Submitted', a_project: 'Proposed' },
			ru: { a_year: 'Отправлен на рассмотрение', a_project: 'Предложен' },
			kk: { a_year: 'Ұсынылған', a_project: 'Ұсынылған' }
		};
		expect(termProblems(glossary, wrong)).toEqual([
			'a_year: submitted in kk («Ұсынылған»)',
			'a_year: submitted in kk is never «ұсын» («Ұсынылған»)'
		]);
	});

	it('would be caught mixing a retired word into a message that has the term', () => {
		const mixed: Messages = {
			en: { a_step: 'Submitted by {name}' },
			ru: { a_step: 'Отправлен: {name}' },
			kk: { a_step: 'Жіберген (ұсынған): {name}' }
		};
		expect(termProblems(glossary, mixed)).toEqual([
			'a_step: submitted in kk is never «ұсын» («Жіберген (ұсынған): {name}»)'
		]);
	});
});
