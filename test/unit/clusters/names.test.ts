import { describe, expect, it } from 'vitest';
import { isRefusal } from '../../../src/lib/refusal';
import { byNameIn, checkName, nameFromForm } from '../../../src/lib/server/clusters/names';

function refusal(run: () => unknown): string | null {
	try {
		run();
		return null;
	} catch (error) {
		if (isRefusal(error)) return error.code;
		throw error;
	}
}

describe('a cluster name or plan title as a form or a file gives it', () => {
	it('takes the three languages, trimmed, a language left out as not written yet', () => {
		expect(checkName({ ru: ' Молочный кластер ', en: 'Milk cluster' }, 'name')).toEqual({
			ru: 'Молочный кластер',
			kk: '',
			en: 'Milk cluster'
		});
	});

	it('takes one string in the language its letters tell', () => {
		expect(checkName('Сүт кластері', 'name')).toEqual({ ru: '', kk: 'Сүт кластері', en: '' });
		expect(checkName('Dairy', 'sector')).toEqual({ ru: '', kk: '', en: 'Dairy' });
	});

	it('refuses, as the field asked about, a name empty in every language, too long, or not a name at all', () => {
		expect(refusal(() => checkName({ ru: ' ', kk: '', en: '' }, 'name'))).toBe('name');
		expect(refusal(() => checkName({}, 'region'))).toBe('region');
		expect(refusal(() => checkName({ en: 'x'.repeat(121) }, 'sector'))).toBe('sector');
		expect(checkName({ en: 'x'.repeat(500) }, 'title', 500).en).toHaveLength(500);
		expect(refusal(() => checkName({ en: 'x'.repeat(501) }, 'title', 500))).toBe('title');
		expect(refusal(() => checkName({ de: 'Milch' }, 'name'))).toBe('name');
		expect(refusal(() => checkName({ en: 12 }, 'name'))).toBe('name');
		expect(refusal(() => checkName(null, 'name'))).toBe('name');
		expect(refusal(() => checkName(['ru'], 'name'))).toBe('name');
	});

	it('reads the three inputs of a form, a missing one as empty', () => {
		const form = new FormData();
		form.set('name.ru', 'Мебельный кластер');
		form.set('name.en', ' Furniture ');
		expect(nameFromForm(form, 'name')).toEqual({ ru: 'Мебельный кластер', kk: '', en: ' Furniture ' });
	});

	it('sorts by the name each reader sees, in their alphabet', () => {
		const named = (ru: string, kk: string, en: string) => ({ name: { ru, kk, en } });
		const list = [named('Яблочный', '', 'Apple'), named('Мебельный', 'Жиһаз', 'Furniture')];
		expect([...list].sort(byNameIn('en')).map((c) => c.name.en)).toEqual(['Apple', 'Furniture']);
		expect([...list].sort(byNameIn('ru')).map((c) => c.name.en)).toEqual(['Furniture', 'Apple']);
		// No Kazakh apple yet: its Russian name stands in, and Ж comes before Я.
		expect([...list].sort(byNameIn('kk')).map((c) => c.name.en)).toEqual(['Furniture', 'Apple']);
	});
});
