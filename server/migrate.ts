// `npm run db:migrate`: applies drizzle/ migrations to DATABASE_PATH without starting the server.
import { defaultDatabasePath, openDatabase } from '../src/lib/server/db';

const path = process.env.DATABASE_PATH || defaultDatabasePath;
openDatabase(path).$client.close();
console.log(`Migrated ${path}`);
