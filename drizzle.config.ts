import { defineConfig } from 'drizzle-kit';

export default defineConfig({
	schema: './src/lib/server/db/schema.ts',
	out: './drizzle/sqlite',
	dialect: 'sqlite',
	dbCredentials: { url: process.env.DATABASE_PATH || 'data/clusterplan.db' },
	strict: true,
	verbose: true
});
