import { defineConfig } from 'drizzle-kit';

// PostgreSQL's migrations, from the schema's PostgreSQL twin (`npm run db:generate` makes both).
export default defineConfig({
	schema: './src/lib/server/db/schema-pg.ts',
	out: './drizzle/pg',
	dialect: 'postgresql',
	dbCredentials: { url: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres' },
	strict: true,
	verbose: true
});
