// Reading one field of an untrusted JSON file, naming its place (`plans[0].values[3].period`) when it
// is missing or of the wrong kind.
import { badFile } from './problem';

export type Obj = Record<string, unknown>;

const at = (path: string, key: string | number) =>
	typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

/** A view of one JSON object of the file at `path`. */
export class Fields {
	constructor(
		readonly value: Obj,
		readonly path: string
	) {}

	/** `value` as an object, or a refusal naming `path`. */
	static of(value: unknown, path: string): Fields {
		if (typeof value !== 'object' || value === null || Array.isArray(value))
			throw badFile('invalid_field', path || 'file', `must be an object, not ${kindOf(value)}`);
		return new Fields(value as Obj, path);
	}

	where(key: string | number): string {
		return at(this.path, key);
	}

	#present(key: string): unknown {
		const value = this.value[key];
		if (value === undefined) throw badFile('missing_field', this.where(key), 'is missing');
		return value;
	}

	#wrong(key: string, want: string): never {
		throw badFile('invalid_field', this.where(key), `must be ${want}, not ${kindOf(this.value[key])}`);
	}

	text(key: string, { max = 100_000, empty = true } = {}): string {
		const value = this.#present(key);
		if (typeof value !== 'string') this.#wrong(key, 'text');
		if (!empty && value.trim() === '') throw badFile('invalid_field', this.where(key), 'must not be empty');
		if (value.length > max)
			throw badFile('invalid_field', this.where(key), `is longer than ${max} characters`);
		return value;
	}

	textOrNull(key: string, max = 100_000): string | null {
		return this.value[key] === null ? null : this.text(key, { max });
	}

	/** An ISO time, returned as a Date. */
	time(key: string): Date {
		const value = this.text(key, { max: 40 });
		const date = new Date(value);
		if (Number.isNaN(date.getTime())) throw badFile('invalid_field', this.where(key), 'must be an ISO time');
		return date;
	}

	number(key: string): number {
		const value = this.#present(key);
		if (typeof value !== 'number' || !Number.isFinite(value)) this.#wrong(key, 'a number');
		return value;
	}

	integer(key: string): number {
		const value = this.number(key);
		if (!Number.isSafeInteger(value)) this.#wrong(key, 'a whole number');
		return value;
	}

	integerOrNull(key: string): number | null {
		return this.value[key] === null || this.value[key] === undefined ? null : this.integer(key);
	}

	object(key: string): Fields {
		return Fields.of(this.#present(key), this.where(key));
	}

	/** Each element of a list, as an object; a list longer than `max` is refused before it is read. */
	list(key: string, max: number): Fields[] {
		const value = this.#present(key);
		if (!Array.isArray(value)) this.#wrong(key, 'a list');
		if (value.length > max)
			throw badFile('too_many', this.where(key), `holds ${value.length} entries, at most ${max} are read`);
		return value.map((item, index) => Fields.of(item, at(this.where(key), index)));
	}

	/** One of `values`. */
	choice<T extends string>(key: string, values: readonly T[]): T {
		const value = this.#present(key);
		if (!(values as readonly unknown[]).includes(value))
			throw badFile('invalid_field', this.where(key), `must be one of ${values.join(', ')}`);
		return value as T;
	}

	/** A username or null: who wrote a row. */
	user(key: string): string | null {
		return this.value[key] === undefined ? null : this.textOrNull(key, 64);
	}

	/** Any JSON value (an audit entry's detail), kept as it is. */
	raw(key: string): unknown {
		return this.value[key] ?? null;
	}
}
