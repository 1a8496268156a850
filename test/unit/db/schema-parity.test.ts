// The two schemas are written twice (SQLite's and PostgreSQL's) and must not drift: this compares
// them through drizzle's own table metadata, table by table, column by column.
import { describe, expect, it } from 'vitest';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableName, is, type Column } from 'drizzle-orm';
import * as sqlite from '../../../src/lib/server/db/schema';
import * as postgres from '../../../src/lib/server/db/schema-pg';

/** What a column holds, in words both dialects share. */
function kind(column: Column): string {
	const sqlType = column.getSQLType().toLowerCase();
	switch (column.columnType) {
		case 'SQLiteText':
		case 'PgText':
			return 'text';
		case 'SQLiteTextJson':
		case 'PgJson':
			return 'json';
		case 'SQLiteInteger':
		case 'PgInteger':
		case 'PgBigInt53':
			return 'integer';
		case 'SQLiteTimestamp':
		case 'PgTimestamp':
			return 'timestamp';
		case 'SQLiteReal':
		case 'PgDoublePrecision':
			return 'float';
		case 'SQLiteBlobBuffer':
			return 'bytes';
		case 'PgCustomColumn':
			if (sqlType === 'bytea') return 'bytes';
	}
	return `unknown ${column.columnType} ${sqlType}`;
}

type Shape = {
	columns: Record<
		string,
		{ kind: string; notNull: boolean; primary: boolean; unique: boolean; default: boolean; enum?: string[] }
	>;
	primaryKeys: string[][];
	foreignKeys: string[];
	indexes: string[];
};

function shape(config: ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>): Shape {
	const columns: Shape['columns'] = {};
	for (const column of config.columns) {
		columns[column.name] = {
			kind: kind(column),
			notNull: column.notNull,
			primary: column.primary,
			unique: column.isUnique,
			// An identity column has a default from its sequence, as SQLite's autoincrement does.
			default: column.hasDefault || column.primary,
			...(column.enumValues?.length ? { enum: [...column.enumValues] } : {})
		};
	}
	const primaryKeys = config.primaryKeys.map((key) => key.columns.map((c) => c.name));
	const foreignKeys = config.foreignKeys
		.map((key) => {
			const reference = key.reference();
			return `${reference.columns.map((c) => c.name).join(',')} -> ${getTableName(reference.foreignTable)}(${reference.foreignColumns.map((c) => c.name).join(',')}) on delete ${key.onDelete ?? 'no action'}`;
		})
		.sort();
	const indexes = config.indexes
		.map((index) => {
			const { name, unique, columns: on } = index.config;
			return `${name}${unique ? ' unique' : ''} (${on.map((c) => ('name' in c ? c.name : '?')).join(',')})`;
		})
		.sort();
	return { columns, primaryKeys, foreignKeys, indexes };
}

const sqliteTables = (Object.values(sqlite) as unknown[]).filter((value): value is SQLiteTable =>
	is(value, SQLiteTable)
);
const pgTables = (Object.values(postgres) as unknown[]).filter((value): value is PgTable =>
	is(value, PgTable)
);

describe('the SQLite and PostgreSQL schemas', () => {
	it('have the same tables', () => {
		const names = (tables: Array<SQLiteTable | PgTable>) => tables.map((t) => getTableName(t)).sort();
		expect(names(pgTables)).toEqual(names(sqliteTables));
		expect(sqliteTables.length).toBeGreaterThan(10);
	});

	it.each(sqliteTables.map((table) => [getTableName(table), table] as const))(
		'%s: the same columns, kinds of types, keys and indexes',
		(name, table) => {
			const twin = pgTables.find((t) => getTableName(t) === name)!;
			const expected = shape(sqliteConfig(table));
			expect(shape(pgConfig(twin))).toEqual(expected);
			for (const [column, { kind }] of Object.entries(expected.columns))
				expect(kind, `${name}.${column}`).not.toMatch(/^unknown/);
		}
	);

	it('are exported under the same names, so db.tables reads the same on both', () => {
		const keys = (module: object, table: typeof SQLiteTable | typeof PgTable) =>
			Object.entries(module)
				.filter(([, value]) => is(value, table))
				.map(([key]) => key)
				.sort();
		expect(keys(postgres, PgTable)).toEqual(keys(sqlite, SQLiteTable));
	});
});
